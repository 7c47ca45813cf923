// The side panel: an entity's details and every relation with its evidence. Built with DOM nodes and
// textContent only, so nothing from the data is ever parsed as HTML.
import type { EntityDetails, Relation } from './api.js';
import { TYPE_STYLE } from './graph.js';

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

function facts(entity: EntityDetails): Array<[string, string]> {
  const rows: Array<[string, string | number | null | undefined]> = [
    ['Acronym', entity.acronym],
    ['Classification', entity.classification],
    ['Title', entity.title],
    ['Role', entity.role],
    ['Kind', entity.kind],
    ['Date', entity.date?.iso],
    ['Document', entity.documentType],
    ['Symbol', entity.symbol],
    ['Year', entity.year],
    ['Place type', entity.placeType],
    ['Statement', entity.statementKind],
    ['Status', entity.status],
    [
      'Amount',
      entity.amount === undefined
        ? null
        : `${entity.qualifier === 'MORE_THAN' ? 'more than ' : ''}${entity.amount.toLocaleString('en')} ${entity.unit ?? ''}`,
    ],
    ['Counts', entity.counts],
    ['Also called', entity.otherNames.join('; ') || null],
    ['Relations', entity.degree],
    ['Id', entity.id],
  ];
  return rows
    .filter((r): r is [string, string | number] => r[1] !== null && r[1] !== undefined && r[1] !== '')
    .map(([k, v]) => [k, String(v).replace(/_/g, ' ')]);
}

function relationItem(rel: Relation, onFocus: (id: string) => void): HTMLLIElement {
  const other = el('button', { type: 'button', class: 'other', 'data-id': rel.other.id }, rel.other.name);
  other.addEventListener('click', () => onFocus(rel.other.id));
  const arrow = rel.direction === 'INCOMING' ? '←' : '→';
  const meta = [rel.year, rel.role, rel.status !== 'DONE' ? rel.status.toLowerCase() : null]
    .filter((v) => v !== null && v !== undefined)
    .join(' · ');
  const item = el(
    'li',
    { 'data-relation': rel.id },
    el('span', { class: 'type' }, `${arrow} ${rel.type} `),
    other,
    meta ? el('div', { class: 'meta' }, meta) : null,
    rel.assertion === 'INFERRED'
      ? el('div', { class: 'inferred', 'data-inferred': '' }, `Inferred: ${rel.note ?? ''}`)
      : null,
  );
  for (const ev of rel.evidence) {
    item.append(
      el(
        'blockquote',
        { class: 'evidence' },
        el('cite', {}, ev.section),
        `“${ev.excerpt}” `,
        el('a', { href: ev.url, class: 'in-context', 'data-in-context': '' }, 'in context ↗'),
      ),
    );
  }
  return item;
}

export interface PanelHandlers {
  onClose(): void;
  onFocus(id: string): void;
  ideLink(id: string): string;
}

export function renderLoading(panel: HTMLElement, name: string): void {
  panel.hidden = false;
  panel.replaceChildren(el('h2', {}, name), el('p', { class: 'kind' }, 'Loading relations and evidence…'));
}

export function renderError(panel: HTMLElement, message: string): void {
  panel.hidden = false;
  panel.replaceChildren(el('p', { class: 'status error', role: 'alert' }, message));
}

export function renderEntity(panel: HTMLElement, entity: EntityDetails, handlers: PanelHandlers): void {
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the panel' }, '×');
  close.addEventListener('click', handlers.onClose);
  const style = TYPE_STYLE[entity.type];
  const list = el('dl');
  for (const [k, v] of facts(entity)) list.append(el('dt', {}, k), el('dd', {}, v));
  const relations = el('ul', { class: 'relations' });
  for (const { node } of entity.relations.edges) relations.append(relationItem(node, handlers.onFocus));
  const shown = entity.relations.edges.length;
  panel.hidden = false;
  const parts: Array<Node | null> = [
    el('header', {}, el('h2', {}, entity.name), close),
    el(
      'p',
      { class: 'kind' },
      el('span', { class: 'swatch', style: `background:${style.color}` }),
      style.label,
    ),
    entity.description ? el('p', { class: 'description' }, entity.description) : null,
    list,
    el(
      'a',
      { href: handlers.ideLink(entity.id), class: 'ide-link', 'data-ide-link': '' },
      'Open its neighbourhood query in the IDE ↗',
    ),
    el(
      'h3',
      {},
      `Relations (${entity.relations.totalCount}${shown < entity.relations.totalCount ? `, first ${shown}` : ''})`,
    ),
    relations,
  ];
  panel.replaceChildren(...parts.filter((p): p is Node => p !== null));
  panel.scrollTop = 0;
}
