// A combobox over the drawn nodes: type to filter, ArrowUp/ArrowDown to move, Enter to pick, Escape to close.
import { TYPE_STYLE } from './graph.js';
import type { EntityType } from './api.js';

export interface Candidate {
  id: string;
  name: string;
  label: string;
  type: EntityType;
}

const MAX_RESULTS = 8;

function rank(c: Candidate, q: string): number {
  const name = c.name.toLowerCase();
  const label = c.label.toLowerCase();
  if (label === q || name === q) return 0;
  if (label.startsWith(q) || name.startsWith(q)) return 1;
  if (name.split(/\W+/).some((w) => w.startsWith(q))) return 2;
  return name.includes(q) || label.includes(q) || c.id.includes(q) ? 3 : -1;
}

export function setupSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  candidates: () => Candidate[],
  onPick: (id: string) => void,
): void {
  let matches: Candidate[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...matches.map((m, i) => {
        const li = document.createElement('li');
        li.id = `search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.dataset.id = m.id;
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = TYPE_STYLE[m.type].color;
        li.append(swatch, m.label === m.name ? m.name : `${m.label} — ${m.name}`);
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const m = matches[i];
    if (!m) return;
    input.value = m.label;
    close();
    onPick(m.id);
  };

  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    if (!q) {
      matches = [];
      close();
      return;
    }
    matches = candidates()
      .map((c) => ({ c, r: rank(c, q) }))
      .filter((x) => x.r >= 0)
      .sort((a, b) => a.r - b.r || a.c.name.localeCompare(b.c.name))
      .slice(0, MAX_RESULTS)
      .map((x) => x.c);
    active = matches.length > 0 ? 0 : -1;
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    render();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', close);
}
