import { findMentions, mentionMatcher, type KnownName, type Mention } from '../../src/graph/mentions.js';
import type { SeedGraph } from '../../src/ingest/load.js';

/**
 * suggestMentions measured against the seed's cited mentions: every entity named (by its name, acronym or an
 * other name) in one of its own evidence excerpts of the report is a gold span. Gold spans are found apart from the
 * matcher under test: a regular expression per name over each cited excerpt, at word edges, case-insensitive
 * except for acronyms and names in capitals. Recall: the gold spans found with the same entity and offsets.
 * Precision: of the suggestions that overlap a gold span, those that are one (the rest of the text has no gold,
 * so a suggestion there is neither right nor wrong by this measure: they are counted apart).
 */

export interface Span {
  entity: string;
  section: string;
  start: number;
  end: number;
  text: string;
}

export interface MentionMeasure {
  gold: Span[];
  suggested: Mention[];
  evaluated: number;
  truePositives: number;
  precision: number;
  recall: number;
  missed: Span[];
  wrong: Mention[];
  outside: number;
  /** Cited mentions inside a longer cited mention (not gold: mentions do not nest). */
  nested: number;
}

const NOT_NAMED = new Set(['Statement', 'Quantity']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: { entity: string; section: string; start: number; end: number }) =>
  `${s.entity}|${s.section}|${s.start}|${s.end}`;

export function knownNames(graph: SeedGraph): KnownName[] {
  const out: KnownName[] = [];
  for (const e of graph.entities) {
    if (NOT_NAMED.has(e.label)) continue;
    out.push({ entity: e.id, name: String(e.props.name), kind: 'NAME' });
    if (typeof e.props.acronym === 'string')
      out.push({ entity: e.id, name: e.props.acronym, kind: 'ACRONYM' });
    for (const o of (e.props.otherNames as string[] | undefined) ?? [])
      out.push({ entity: e.id, name: o, kind: 'OTHER_NAME' });
  }
  return out;
}

export function measureMentions(graph: SeedGraph): MentionMeasure {
  const props = graph.source.props;
  const names = props.sectionNames as string[];
  const texts = props.sectionTexts as string[];
  const sections = names.map((n, i) => [n, texts[i]!] as [string, string]);
  const known = knownNames(graph);
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const goldMap = new Map<string, Span>();
  for (const e of graph.entities) {
    const own = known.filter((n) => n.entity === e.id);
    for (const pid of e.passageIds) {
      const p = passages.get(pid);
      if (!p || p.start === undefined || p.source !== graph.source.id) continue;
      for (const n of own) {
        const sensitive = n.kind === 'ACRONYM' || !/\p{Ll}/u.test(n.name);
        const re = new RegExp(
          `(?<![\\p{L}\\p{N}])${escape(n.name)}(?![\\p{L}\\p{N}])`,
          sensitive ? 'gu' : 'giu',
        );
        for (const m of p.excerpt.matchAll(re)) {
          const span = {
            entity: e.id,
            section: p.section,
            start: p.start + m.index,
            end: p.start + m.index + m[0].length,
            text: m[0],
          };
          goldMap.set(key(span), span);
        }
      }
    }
  }
  // Mentions do not nest (as in CoNLL-style annotation): where cited mentions overlap, the longest is the mention
  // ("United Nations General Assembly", not also its "United Nations").
  const all = [...goldMap.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const gold: Span[] = [];
  for (const g of all)
    if (
      !gold.some(
        (k) =>
          k.section === g.section &&
          g.start < k.end &&
          k.start < g.end &&
          (k.start !== g.start || k.end !== g.end),
      )
    )
      gold.push(g);
  for (const k of [...goldMap.keys()]) if (!gold.some((g) => key(g) === k)) goldMap.delete(k);
  const suggested = findMentions(mentionMatcher(known), sections);
  const found = new Set(suggested.map(key));
  const overlapsGold = (m: Mention) =>
    gold.some((g) => g.section === m.section && m.start < g.end && g.start < m.end);
  const evaluatedList = suggested.filter(overlapsGold);
  const truePositives = evaluatedList.filter((m) => goldMap.has(key(m))).length;
  return {
    gold,
    suggested,
    evaluated: evaluatedList.length,
    truePositives,
    precision: evaluatedList.length === 0 ? 0 : truePositives / evaluatedList.length,
    recall: gold.length === 0 ? 0 : gold.filter((g) => found.has(key(g))).length / gold.length,
    missed: gold.filter((g) => !found.has(key(g))),
    wrong: evaluatedList.filter((m) => !goldMap.has(key(m))),
    outside: suggested.length - evaluatedList.length,
    nested: all.length - gold.length,
  };
}
