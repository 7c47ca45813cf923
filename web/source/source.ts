// The source page: a source's text section by section, every cited passage highlighted; a click lists the facts
// the passages under it support. Built with DOM nodes and textContent only: nothing from the data is parsed as HTML.
import { SourcePageDocument, type SourcePageQuery } from '../../operations/generated/graphql.js';
import { normalise } from '../../src/model/sources.js';
import { startWorkbench } from './workbench.js';

interface Fact {
  id: string;
  name: string;
  type: string;
}
interface RelationFact {
  id: string;
  type: string;
  assertion: 'STATED' | 'INFERRED';
  note: string | null;
  from: { name: string };
  to: { name: string };
}
interface Passage {
  id: string;
  excerpt: string;
  start: number | null;
  end: number | null;
  anchor: string;
  entities: Fact[];
  relations: RelationFact[];
}
interface Section {
  name: string;
  text: string;
  passages: Passage[];
}
// The page's document: operations/source/source-page.graphql (typed by codegen's client preset).
const QUERY = SourcePageDocument;

export interface SourceState {
  status: 'loading' | 'ready' | 'error';
  passages: number;
  highlighted: number;
  /** Passages shown as quotes apart from the text (no text at hand, or not placed in this edition). */
  listed: number;
  textAvailable: boolean | null;
  selected: string[];
  /** A `?section=…&quote=…` address: the passage it is, or where the quote stands, or that it is not there. */
  quote: 'none' | 'passage' | 'found' | 'not-found';
}
const state: SourceState = {
  status: 'loading',
  passages: 0,
  highlighted: 0,
  listed: 0,
  textAvailable: null,
  selected: [],
  quote: 'none',
};
(window as unknown as { __icatSource: SourceState }).__icatSource = state;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textEl = byId<HTMLElement>('text');
const facts = byId<HTMLElement>('facts');
const passagesById = new Map<string, Passage>();

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The section's text cut at every passage boundary; each piece knows the passages covering it. */
function renderSection(section: Section): HTMLElement {
  const placed = section.passages.filter(
    (p): p is Passage & { start: number; end: number } => p.start !== null && p.end !== null,
  );
  const cuts = new Set([0, section.text.length]);
  for (const p of placed) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const para = el('p');
  const anchored = new Set<string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const piece = section.text.slice(a, b);
    const over = placed.filter((p) => p.start <= a && p.end >= b);
    if (over.length === 0) {
      para.append(piece);
      continue;
    }
    const mark = el('mark', { 'data-passages': over.map((p) => p.id).join(' '), tabindex: '0' }, piece);
    if (over.length > 1) mark.classList.add('deep');
    for (const p of over)
      if (!anchored.has(p.id) && p.start === a) {
        anchored.add(p.id);
        mark.id = p.id;
      }
    // A click that ends a text selection is the workbench's (a proposal from the selection), not a look-up.
    mark.addEventListener('click', () => {
      if (document.getSelection()?.isCollapsed !== false) select(over.map((p) => p.id));
    });
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') select(over.map((p) => p.id));
    });
    para.append(mark);
  }
  state.highlighted += anchored.size;
  const unplaced = section.passages.filter((p) => p.start === null || p.end === null);
  const parts: HTMLElement[] = [el('h2', {}, section.name)];
  if (section.text !== '') parts.push(para);
  if (unplaced.length > 0) {
    if (section.text !== '')
      parts.push(el('h3', { class: 'unplaced' }, 'Cited passages not placed in this edition of the text'));
    parts.push(quoteList(unplaced));
  }
  return el('section', { 'data-section': section.name }, ...parts);
}

/** Passages shown as quotes, each selectable like a highlight. */
function quoteList(passages: Passage[]): HTMLElement {
  state.listed += passages.length;
  return el(
    'ul',
    { class: 'quotes' },
    ...passages.map((p) => {
      const quote = el('blockquote', { id: p.id, tabindex: '0', 'data-passages': p.id }, `“${p.excerpt}”`);
      quote.addEventListener('click', () => select([p.id]));
      quote.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') select([p.id]);
      });
      return el('li', { 'data-anchor': p.anchor }, quote);
    }),
  );
}

/** Without the full text: what is shown, and how to provide the text. */
function missingTextNotice(id: string): HTMLElement {
  const code = (text: string) => el('code', {}, text);
  return el(
    'div',
    { class: 'notice', role: 'status', id: 'text-missing' },
    el('strong', {}, 'The full text of this source is not at hand. '),
    'Below are the passages cited as evidence, section by section. To show the whole text, set ',
    code('ICAT_REPORT_PATH'),
    ' to the report’s text file and seed again (',
    code('npm run seed'),
    '), or propose the text as a new edition: ',
    code(`npm run source:add -- --file <the text> --replaces ${id}`),
    '. The README says where the report comes from.',
  );
}

function select(ids: string[]): void {
  state.selected = ids;
  for (const m of textEl.querySelectorAll('mark.selected, blockquote.selected'))
    m.classList.remove('selected');
  for (const m of textEl.querySelectorAll('mark, blockquote'))
    if (ids.some((id) => (m.getAttribute('data-passages') ?? '').split(' ').includes(id)))
      m.classList.add('selected');
  facts.hidden = false;
  facts.replaceChildren(
    el('h2', {}, `What ${ids.length === 1 ? 'this passage supports' : 'these passages support'}`),
  );
  for (const id of ids) {
    const p = passagesById.get(id);
    if (!p) continue;
    facts.append(el('blockquote', { 'data-passage': id }, `“${p.excerpt}”`));
    if (p.entities.length > 0) {
      facts.append(el('h3', {}, 'Evidence of'));
      facts.append(
        el(
          'ul',
          {},
          ...p.entities.map((e) => el('li', { 'data-fact': e.id }, `${e.name} (${e.type.toLowerCase()})`)),
        ),
      );
    }
    if (p.relations.length > 0) {
      facts.append(el('h3', {}, 'Relations it supports'));
      facts.append(
        el(
          'ul',
          {},
          ...p.relations.map((r) =>
            el(
              'li',
              { 'data-fact': r.id, class: r.assertion === 'INFERRED' ? 'inferred' : '' },
              `${r.from.name} —${r.type}→ ${r.to.name}${r.assertion === 'INFERRED' ? ` (inferred: ${r.note ?? ''})` : ''}`,
            ),
          ),
        ),
      );
    }
  }
  facts.scrollTop = 0;
}

/**
 * `?section=S&quote=Q[&offset=N]` (the review page's links to a proposal's excerpt): the passage with that excerpt
 * if the graph holds one, else the quote highlighted where it stands in its section (the seed's comparison form,
 * at `offset` if given), with the CSS Custom Highlight API so the text's own marks stay as they are.
 */
function showQuote(sections: Section[], params: URLSearchParams): void {
  const name = params.get('section');
  const raw = params.get('quote');
  if (!name || !raw) return;
  const quote = normalise(raw);
  const section = sections.find((s) => s.name === name);
  const passage = section?.passages.find((p) => p.excerpt === quote);
  if (passage) {
    state.quote = 'passage';
    select([passage.id]);
    document.getElementById(passage.id)?.scrollIntoView({ block: 'center' });
    return;
  }
  const offset = params.get('offset');
  const start = section ? (offset !== null ? Number(offset) : section.text.indexOf(quote)) : -1;
  const para = textEl.querySelector(`section[data-section="${CSS.escape(name)}"] p`);
  if (!section || !para || start < 0 || section.text.slice(start, start + quote.length) !== quote) {
    state.quote = 'not-found';
    facts.hidden = false;
    facts.replaceChildren(
      el('p', { class: 'status error', role: 'alert' }, `Not found in section ${name}: “${raw}”`),
    );
    return;
  }
  const range = document.createRange();
  let seen = 0;
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (start >= seen && start <= seen + len) range.setStart(n, start - seen);
    if (start + quote.length >= seen && start + quote.length <= seen + len) {
      range.setEnd(n, start + quote.length - seen);
      break;
    }
    seen += len;
  }
  CSS.highlights.set('proposed', new Highlight(range));
  state.quote = 'found';
  facts.hidden = false;
  facts.replaceChildren(
    el('h2', {}, 'A proposed excerpt'),
    el('blockquote', {}, `“${quote}”`),
    el('p', {}, 'No fact cites it yet: it becomes a passage when the change-set citing it is accepted.'),
  );
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const id = params.get('id') ?? 'source:icat-chairs-report-2019';
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: QUERY.toString(), variables: { id } }),
    });
    const body = (await res.json()) as {
      data?: SourcePageQuery;
      errors?: Array<{ message: string }>;
    };
    const source = body.data?.source;
    if (!source) throw new Error(body.errors?.[0]?.message ?? `No source ${id}`);
    document.title = `icat-kg · ${source.title}`;
    byId('title').textContent = source.title;
    const link = el('a', { href: source.url, rel: 'noreferrer' }, source.url);
    byId('meta').replaceChildren(`${source.publisher}, ${source.year} · `, link);
    for (const s of source.sections) for (const p of s.passages) passagesById.set(p.id, p);
    state.passages = passagesById.size;
    for (const p of source.orphans)
      if (!passagesById.has(p.id))
        passagesById.set(p.id, {
          ...p,
          start: null,
          end: null,
          anchor: 'ORPHANED',
          entities: [],
          relations: [],
        });
    state.textAvailable = source.textAvailable;
    textEl.replaceChildren(
      ...(source.textAvailable ? [] : [missingTextNotice(source.id)]),
      ...source.sections.map(renderSection),
    );
    state.status = 'ready';
    startWorkbench(el, source.id, textEl, facts);
    showQuote(source.sections, params);
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted && passagesById.has(wanted)) {
      select([wanted]);
      document.getElementById(wanted)?.scrollIntoView({ block: 'center' });
    }
  } catch (err) {
    state.status = 'error';
    textEl.replaceChildren(el('p', { class: 'status error', role: 'alert' }, (err as Error).message));
  }
}

void main();
