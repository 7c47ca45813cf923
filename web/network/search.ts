// A combobox over the API's `search` (ranked: a whole name or acronym first, then words, starts of words, near
// spellings): type to search, ArrowUp/ArrowDown to move, Enter to pick, Escape to close.
import { TYPE_STYLE } from './graph.js';
import type { EntityType } from './api.js';

export interface Candidate {
  id: string;
  name: string;
  label: string;
  type: EntityType;
  /** Drawn in the current view; an entity the filters leave out is still listed, and says so. */
  drawn: boolean;
}

/** The candidates for a text, best first (the page asks the API). */
export type Finder = (query: string) => Promise<Candidate[]>;

export const MAX_RESULTS = 8;
/** Typing pauses this long before the API is asked: one request per word typed, not per letter. */
const DEBOUNCE_MS = 120;

export function setupSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  find: Finder,
  onPick: (id: string) => void,
): void {
  let matches: Candidate[] = [];
  /** The text `matches` answer; Enter on a newer text waits for its answer. */
  let answered = '';
  let active = -1;
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const option = (i: number, m: Candidate) => {
    const li = document.createElement('li');
    li.id = `${list.id}-option-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === active));
    li.dataset.id = m.id;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = TYPE_STYLE[m.type].color;
    li.append(swatch, m.label === m.name ? m.name : `${m.label} — ${m.name}`);
    if (!m.drawn) {
      const note = document.createElement('span');
      note.className = 'not-drawn';
      note.textContent = ' · not in this view: opens its page';
      li.append(note);
    }
    li.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(i);
    });
    return li;
  };

  const render = (message?: string) => {
    if (message) {
      const li = document.createElement('li');
      li.className = 'search-message';
      li.setAttribute('aria-disabled', 'true');
      li.textContent = message;
      list.replaceChildren(li);
    } else list.replaceChildren(...matches.map((m, i) => option(i, m)));
    list.hidden = !message && matches.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const m = matches[i];
    if (!m) return;
    input.value = m.label;
    close();
    onPick(m.id);
  };

  const ask = (q: string): Promise<void> => {
    const mine = ++request;
    return find(q).then(
      (found) => {
        if (mine !== request) return;
        matches = found.slice(0, MAX_RESULTS);
        answered = q;
        active = matches.length > 0 ? 0 : -1;
        render(matches.length === 0 ? `No entity matches “${q}”.` : undefined);
      },
      (err: unknown) => {
        if (mine !== request) return;
        matches = [];
        answered = q;
        active = -1;
        render(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      request += 1;
      matches = [];
      answered = '';
      pending = null;
      close();
      return;
    }
    pending = new Promise<void>((resolve) => {
      timer = setTimeout(() => void ask(q).then(resolve), DEBOUNCE_MS);
    });
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const q = input.value.trim();
      if (q && q !== answered && pending) {
        // Typed faster than the answer came: pick the best hit of what is in the box now.
        void pending.then(() => pick(0));
        return;
      }
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', close);
}
