// Evidence urls in the IDE's answers open the source page at their passage. GraphiQL's result viewer is a
// read-only CodeMirror 5 that redraws its lines at will, so string tokens are marked again after every redraw,
// and one listener on the document opens them. Only the source page of this origin is ever opened.

const MARK = 'evidence-link';
const TOKENS = '.result-window .cm-string';

/** The same-origin `/source` address a JSON string token holds, or null for anything else. */
export function sourceHref(token: string, origin: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch {
    return null;
  }
  // A path of this origin only: not `//host/…`, `javascript:` or any other scheme.
  if (typeof value !== 'string' || !value.startsWith('/source') || value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname !== '/source') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

function mark(): void {
  for (const token of document.querySelectorAll<HTMLElement>(`${TOKENS}:not(.${MARK})`)) {
    const href = sourceHref(token.textContent ?? '', location.origin);
    if (!href) continue;
    token.classList.add(MARK);
    token.setAttribute('role', 'link');
    token.tabIndex = 0;
    token.title = 'Open this passage on the source page (new tab)';
    token.dataset.href = href;
  }
}

function open(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const token = target.closest<HTMLElement>(`.result-window .${MARK}`);
  if (!token) return false;
  // Read again from the text shown, not from an attribute something else could have set.
  const href = sourceHref(token.textContent ?? '', location.origin);
  if (!href) return false;
  window.open(href, '_blank', 'noopener');
  return true;
}

export function linkEvidenceUrls(): void {
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      mark();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  document.addEventListener('click', (event) => {
    if (event.button === 0 && open(event.target)) event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && open(event.target)) event.preventDefault();
  });
}
