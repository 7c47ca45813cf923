// The side panel in path mode: the shortest path hop by hop, each with the report's evidence.
import type { PathAnswer } from './api.js';

export interface PathPanelHandlers {
  onClose(): void;
  onFocus(id: string): void;
  /** Whether an entity is drawn in the current view (the path may pass outside it). */
  drawn(id: string): boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function entityButton(id: string, name: string, handlers: PathPanelHandlers): HTMLButtonElement {
  const button = el('button', 'other', name);
  button.type = 'button';
  button.dataset.id = id;
  button.addEventListener('click', () => handlers.onFocus(id));
  return button;
}

export function renderPath(
  panel: HTMLElement,
  names: { from: string; to: string },
  answer: PathAnswer['path'],
  types: string[] | null,
  handlers: PathPanelHandlers,
): void {
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the panel');
  close.addEventListener('click', handlers.onClose);
  const over = types ? `over ${types.join(', ')}` : 'over every relation type';
  const parts: Node[] = [el('header', null, el('h2', null, `${names.from} → ${names.to}`), close)];
  if (!answer) {
    parts.push(el('p', 'status-line', `No path of at most 6 relations ${over}.`));
  } else {
    parts.push(
      el(
        'p',
        'kind',
        `Shortest path: ${answer.length} relation${answer.length === 1 ? '' : 's'} ${over} (any year).`,
      ),
    );
    const outside = answer.entities.filter((e) => !handlers.drawn(e.id));
    if (outside.length > 0) {
      parts.push(
        el(
          'p',
          'path-outside',
          `Passes outside the drawn view through ${outside.map((e) => e.name).join(', ')}.`,
        ),
      );
    }
    const list = el('ol', 'relations path-steps');
    for (const step of answer.steps) {
      const arrow = step.direction === 'OUTGOING' ? `—${step.relation.type}→` : `←${step.relation.type}—`;
      const meta = [step.relation.year, step.relation.role].filter((v) => v !== null).join(' · ');
      const li = el(
        'li',
        null,
        entityButton(step.from.id, step.from.name, handlers),
        el('span', 'type', ` ${arrow} `),
        entityButton(step.entity.id, step.entity.name, handlers),
      );
      li.dataset.relation = step.relation.id;
      if (meta) li.append(el('div', 'meta', meta));
      for (const ev of step.evidence) {
        li.append(el('blockquote', 'evidence', el('cite', null, ev.section), `“${ev.excerpt}”`));
      }
      list.append(li);
    }
    parts.push(list);
  }
  panel.hidden = false;
  panel.replaceChildren(...parts);
  panel.scrollTop = 0;
}
