// One change-set operation as the page shows it: what it changes (a diff against the graph as it is now) and the
// evidence it cites, each excerpt linked to the source page at its passage. Built with DOM nodes and textContent
// only: nothing from a proposal is parsed as HTML.

export interface EvidenceIn {
  passage?: string;
  section?: string;
  excerpt?: string;
  offset?: number;
}
type Fields = Record<string, unknown>;
export interface Operation {
  kind: string;
  fields: Fields;
}

/** What a named entity or relation is now (the CurateNode answer), for the "before" side and for names. */
export interface Known {
  name?: string;
  entityType?: string;
  description?: string | null;
  otherNames?: string[];
  relationType?: string;
  from?: { id: string; name: string };
  to?: { id: string; name: string };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function parseOperation(text: string): Operation {
  const parsed = JSON.parse(text) as Record<string, Fields>;
  const kind = Object.keys(parsed)[0] ?? 'unknown';
  return { kind, fields: parsed[kind] ?? {} };
}

/** The ids an operation names, whose current state the diff shows. */
export function namedIds(op: Operation): string[] {
  const f = op.fields;
  const ids = [f.id, f.from, f.to, f.target].filter((v): v is string => typeof v === 'string');
  return op.kind === 'createEntity' ? ids.filter((id) => id !== f.id) : ids;
}

/** The source page at an evidence's passage: by id, or by section and excerpt for one the graph lacks yet. */
export function sourceHref(ev: EvidenceIn): string {
  if (ev.passage) return `/source#${encodeURIComponent(ev.passage)}`;
  const q = new URLSearchParams();
  if (ev.section) q.set('section', ev.section);
  if (ev.excerpt) q.set('quote', ev.excerpt);
  if (ev.offset !== undefined) q.set('offset', String(ev.offset));
  return `/source?${q.toString()}`;
}

function evidenceList(list: unknown): HTMLElement | null {
  if (!Array.isArray(list) || list.length === 0) return null;
  const items = (list as EvidenceIn[]).map((ev) =>
    el(
      'li',
      { class: 'evidence' },
      el('blockquote', {}, ev.excerpt ? `“${ev.excerpt}”` : `passage ${ev.passage ?? '?'}`),
      el(
        'a',
        { href: sourceHref(ev), target: '_blank', rel: 'noopener' },
        ev.section ? `${ev.section} — in the source` : 'in the source',
      ),
    ),
  );
  return el('ul', { class: 'evidence-list', 'aria-label': 'Evidence' }, ...items);
}

const show = (v: unknown): string =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
const OMIT = new Set(['id', 'evidence', 'inferred']);

function line(sign: '+' | '−', text: string): HTMLElement {
  return el('div', { class: sign === '+' ? 'add' : 'del' }, `${sign} ${text}`);
}

function fieldDiff(fields: Fields, before: Known | undefined): HTMLElement {
  const rows: HTMLElement[] = [];
  for (const [k, v] of Object.entries(fields)) {
    if (OMIT.has(k)) continue;
    const old = before ? (before as Record<string, unknown>)[k === 'type' ? 'entityType' : k] : undefined;
    if (before && old !== undefined) rows.push(line('−', `${k}: ${show(old)}`));
    rows.push(line('+', `${k}: ${show(v)}`));
  }
  if (Array.isArray(fields.inferred))
    for (const i of fields.inferred as Array<{ field: string; note: string }>)
      rows.push(line('+', `${i.field} is inferred: ${i.note}`));
  return el('div', { class: 'diff' }, ...rows);
}

const nameOf = (id: unknown, known: Map<string, Known>) => {
  const k = typeof id === 'string' ? known.get(id) : undefined;
  return k?.name ? `${k.name} (${String(id)})` : show(id);
};

/** One operation: a heading saying what it does, its diff, and its evidence. */
export function renderOperation(op: Operation, known: Map<string, Known>): HTMLElement {
  const f = op.fields;
  const parts: Array<Node> = [];
  switch (op.kind) {
    case 'createEntity':
      parts.push(el('h4', {}, `Create ${show(f.type).toLowerCase()} ${show(f.id)}`), fieldDiff(f, undefined));
      break;
    case 'updateEntity': {
      const before = typeof f.id === 'string' ? known.get(f.id) : undefined;
      parts.push(el('h4', {}, `Update ${nameOf(f.id, known)}`), fieldDiff(f, before ?? {}));
      break;
    }
    case 'addRelation': {
      const props = Object.fromEntries(
        Object.entries(f).filter(([k]) => !['type', 'from', 'to', 'evidence'].includes(k)),
      );
      parts.push(
        el('h4', {}, 'Add a relation'),
        el(
          'div',
          { class: 'diff' },
          line('+', `${nameOf(f.from, known)} —${show(f.type)}→ ${nameOf(f.to, known)}`),
          ...Object.entries(props).map(([k, v]) => line('+', `${k}: ${show(v)}`)),
        ),
      );
      break;
    }
    case 'retractRelation': {
      const r = typeof f.id === 'string' ? known.get(f.id) : undefined;
      const what = r?.from && r.to ? `${r.from.name} —${show(r.relationType)}→ ${r.to.name}` : show(f.id);
      parts.push(
        el('h4', {}, 'Retract a relation'),
        el('div', { class: 'diff' }, line('−', what), el('div', { class: 'note' }, `Why: ${show(f.note)}`)),
      );
      break;
    }
    case 'addEvidence':
    case 'removeEvidence': {
      const adding = op.kind === 'addEvidence';
      parts.push(
        el('h4', {}, `${adding ? 'Add evidence to' : 'Remove evidence from'} ${nameOf(f.target, known)}`),
      );
      const list = evidenceList([f.evidence]);
      if (list) parts.push(el('div', { class: adding ? 'diff add-block' : 'diff del-block' }, list));
      return el('li', { class: 'operation', 'data-kind': op.kind }, ...parts);
    }
    default:
      parts.push(el('h4', {}, op.kind), el('pre', {}, JSON.stringify(f, null, 2)));
  }
  const ev = evidenceList(f.evidence);
  if (ev) parts.push(ev);
  return el('li', { class: 'operation', 'data-kind': op.kind }, ...parts);
}
