import { evidenceOf, ENTITY_RELATIONS_SHOWN, type EntityDocument } from '../export/index.js';
import type { EntityRow, PassageRow, RelationRow } from '../graph/rows.js';
import { kindOfType } from '../model/entities.js';

/**
 * The page an entity IRI shows a browser: name, kind, what the report says of it, and its relations, each with its
 * evidence, linked to the network page, the source page and the IDE. Server-rendered and script-free: every
 * value is escaped here, the page's CSP allows no script.
 */

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An id in a path or a query value. */
const enc = (s: string) => encodeURIComponent(s).replace(/%3A/gi, ':');

const entityHref = (id: string) => `/entity/${enc(id)}`;
const passageHref = (p: PassageRow) => `/source?id=${enc(p.source)}#${enc(p.id)}`;

const IDE_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    evidence { section excerpt }
    relations(first: 20) { edges { node { type year other { id name } } } }
  }
}`;

const ideHref = (id: string) =>
  `/graphql?query=${encodeURIComponent(IDE_QUERY)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;

function evidenceList(passages: readonly PassageRow[], sourceTitle: (id: string) => string): string {
  if (passages.length === 0) return '';
  return `<ul class="evidence">${passages
    .map(
      (p) =>
        `<li><q>${escapeHtml(p.excerpt)}</q> <a class="cite" href="${escapeHtml(passageHref(p))}">${escapeHtml(
          sourceTitle(p.source),
        )}, ${escapeHtml(p.section)}</a></li>`,
    )
    .join('')}</ul>`;
}

function facts(e: EntityRow): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (label: string, v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') out.push([label, String(v)]);
  };
  add('Acronym', e.acronym);
  add('Other names', e.otherNames.join('; '));
  add('Classification', e.classification);
  add('Title', e.title);
  add('Role', e.role);
  add('Kind', e.kind);
  add('Date', e.endDate ? `${e.date ?? ''} – ${e.endDate}` : e.date);
  add('Status', e.status);
  add('Instrument', e.instrument);
  add('Symbol', e.symbol);
  add('Year', e.year);
  add('Document type', e.documentType);
  add('Place type', e.placeType);
  add('Statement kind', e.statementKind);
  add(
    'Amount',
    e.amount !== null && e.amount !== undefined
      ? `${e.qualifier ? `${e.qualifier} ` : ''}${e.amount} ${e.unit ?? ''}`
      : null,
  );
  add('Counts', e.counts);
  add('Website', e.website);
  add('URL', e.url);
  e.inferredFields.forEach((f, i) => add(`Inferred: ${f}`, e.inferredNotes[i] ?? 'a curator’s reading'));
  return out;
}

function relationRow(
  r: RelationRow,
  id: string,
  names: Map<string, EntityRow>,
  passages: readonly PassageRow[],
  sourceTitle: (id: string) => string,
): string {
  const outgoing = r.from === id;
  const other = outgoing ? r.to : r.from;
  const otherName = names.get(other)?.name ?? other;
  const details = [
    r.year !== null && r.year !== undefined ? String(r.year) : null,
    r.since ? `since ${r.since}` : null,
    r.until ? `until ${r.until}` : null,
    r.role,
    r.status !== 'DONE' ? r.status.toLowerCase().replace(/_/g, ' ') : null,
  ].filter((x): x is string => x !== null);
  const inferred =
    r.assertion === 'INFERRED'
      ? `<p class="inferred"><strong>Inferred</strong> (not stated by the report): ${escapeHtml(r.note ?? '')}</p>`
      : '';
  return `<li class="relation" id="${escapeHtml(r.id)}" data-relation-type="${r.type}">
  <span class="type">${outgoing ? '' : '← '}${r.type}${outgoing ? ' →' : ''}</span>
  <a class="other" href="${escapeHtml(entityHref(other))}">${escapeHtml(otherName)}</a>
  ${details.length > 0 ? `<span class="details">${escapeHtml(details.join(' · '))}</span>` : ''}
  ${inferred}${evidenceList(passages, sourceTitle)}</li>`;
}

export function renderEntityPage(id: string, doc: EntityDocument, base: string): string {
  const g = doc.graph;
  const names = new Map(g.entities.map((e) => [e.id, e]));
  const e = names.get(id)!;
  const sourceTitle = (s: string) => g.sources.get(s)?.title ?? s;
  const ownEvidence = evidenceOf(g, e);
  const firstPassage = ownEvidence[0];
  const kind = kindOfType(e.type).label;
  const more =
    doc.total > g.relations.length
      ? `<p class="more">Showing the first ${ENTITY_RELATIONS_SHOWN} of ${doc.total} relations; the IDE and the exports have all of them.</p>`
      : '';
  const iri = `${base}${entityHref(id)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(e.name)} · icat-kg</title>
<link rel="alternate" type="text/turtle" href="${escapeHtml(entityHref(id))}?format=ttl">
<link rel="alternate" type="application/ld+json" href="${escapeHtml(entityHref(id))}?format=jsonld">
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { background: #1d3557; color: #fff; padding: .6rem 1.5rem; }
header a { color: #fff; margin-right: 1rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { margin: .5rem 0 0; font-size: 1.8rem; }
.kind { color: #556; margin: 0 0 1rem; text-transform: uppercase; letter-spacing: .05em; font-size: .85rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; color: #445; }
dd { margin: 0; }
nav.links a { display: inline-block; margin: 0 .8rem .4rem 0; padding: .25rem .6rem; border: 1px solid #9ab; border-radius: 4px; background: #fff; color: #1d3557; text-decoration: none; }
ul.relations { list-style: none; padding: 0; }
li.relation { background: #fff; border: 1px solid #dde; border-radius: 6px; padding: .6rem .8rem; margin: .5rem 0; }
.type { font-family: ui-monospace, monospace; font-size: .85rem; color: #2a6f97; margin-right: .5rem; }
.details { color: #556; margin-left: .5rem; font-size: .9rem; }
ul.evidence { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
q { font-style: italic; }
.cite { color: #556; font-size: .85rem; margin-left: .3rem; }
.inferred { background: #fff4d6; border-left: 3px solid #e0a100; padding: .2rem .5rem; margin: .3rem 0; font-size: .9rem; }
code { font-size: .85rem; word-break: break-all; }
</style>
</head>
<body>
<header><a href="/network">Network</a><a href="/source">Source</a><a href="/graphql">IDE</a></header>
<main>
<h1 id="name">${escapeHtml(e.name)}</h1>
<p class="kind" id="kind">${escapeHtml(kind)}${e.classification ? ` · ${escapeHtml(e.classification)}` : ''}</p>
${e.description ? `<p class="description">${escapeHtml(e.description)}</p>` : ''}
<nav class="links">
<a id="link-network" href="/network?mode=ego&amp;center=${escapeHtml(enc(id))}">In the network</a>
<a id="link-source" href="${escapeHtml(firstPassage ? passageHref(firstPassage) : '/source')}">In the source</a>
<a id="link-ide" href="${escapeHtml(ideHref(id))}">In the IDE</a>
<a id="link-ttl" href="${escapeHtml(entityHref(id))}?format=ttl">Turtle</a>
<a id="link-jsonld" href="${escapeHtml(entityHref(id))}?format=jsonld">JSON-LD</a>
</nav>
<dl>
<dt>IRI</dt><dd><code>${escapeHtml(iri)}</code></dd>
<dt>Id</dt><dd><code>${escapeHtml(id)}</code></dd>
${facts(e)
  .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
  .join('\n')}
</dl>
<h2>What the report says</h2>
${evidenceList(ownEvidence, sourceTitle) || '<p>No passage cited for the entity itself.</p>'}
<h2>Relations (${doc.total})</h2>
${more}
<ul class="relations" id="relations">
${g.relations.map((r) => relationRow(r, id, names, evidenceOf(g, r), sourceTitle)).join('\n')}
</ul>
</main>
</body>
</html>
`;
}

/** The reconciliation preview: a small fragment for OpenRefine's preview frame. */
export function renderPreview(e: EntityRow, passage: PassageRow | undefined, base: string): string {
  const kind = kindOfType(e.type).label;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(e.name)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:.5rem;color:#1d2430}h1{font-size:1rem;margin:0}p{margin:.2rem 0}.k{color:#556;font-size:.8rem;text-transform:uppercase}</style>
</head><body>
<h1><a href="${escapeHtml(`${base}${entityHref(e.id)}`)}" target="_blank" rel="noreferrer">${escapeHtml(e.name)}</a></h1>
<p class="k">${escapeHtml(kind)}${e.acronym ? ` · ${escapeHtml(e.acronym)}` : ''}</p>
${e.description ? `<p>${escapeHtml(e.description)}</p>` : ''}
${passage ? `<p><q>${escapeHtml(passage.excerpt)}</q> (${escapeHtml(passage.section)})</p>` : ''}
</body></html>
`;
}
