// The legend under the graph: entity types with their counts, or the communities with their best-connected
// members, in the colours the graph uses.
import type { CommunityAnswer, EntityType } from './api.js';
import {
  COMMUNITY_PALETTE,
  OTHER_COMMUNITY,
  TYPE_STYLE,
  communityColour,
  type NetworkGraph,
} from './graph.js';

function item(colour: string, label: string, count: number, data: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  for (const [k, v] of Object.entries(data)) li.dataset[k] = v;
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = colour;
  const n = document.createElement('span');
  n.className = 'n';
  n.textContent = String(count);
  li.append(swatch, label, n);
  return li;
}

function short(name: string): string {
  return name.length > 26 ? `${name.slice(0, 25)}…` : name;
}

export function typeLegend(list: HTMLUListElement, graph: NetworkGraph): void {
  const perType = new Map<EntityType, number>();
  graph.forEachNode((_, a) => perType.set(a.entityType, (perType.get(a.entityType) ?? 0) + 1));
  list.replaceChildren(
    ...(Object.keys(TYPE_STYLE) as EntityType[])
      .filter((t) => perType.has(t))
      .map((t) => item(TYPE_STYLE[t].color, TYPE_STYLE[t].label, perType.get(t) ?? 0, { type: t })),
  );
}

/** Communities with a drawn member, largest first; those past the palette share one grey entry. */
export function communityLegend(
  list: HTMLUListElement,
  graph: NetworkGraph,
  communities: readonly CommunityAnswer[],
): void {
  const drawn = new Map<number, number>();
  graph.forEachNode((_, a) => {
    if (a.community !== null) drawn.set(a.community, (drawn.get(a.community) ?? 0) + 1);
  });
  const items: HTMLLIElement[] = [];
  let others = 0;
  for (const c of communities) {
    const n = drawn.get(c.id);
    if (!n) continue;
    if (c.id >= COMMUNITY_PALETTE.length) {
      others += n;
      continue;
    }
    const names = c.top.map((e) => short(('acronym' in e ? e.acronym : null) ?? e.name)).join(', ');
    items.push(item(communityColour(c.id), `${c.id + 1}: ${names}`, n, { community: String(c.id) }));
  }
  if (others > 0) items.push(item(OTHER_COMMUNITY, 'Smaller communities', others, { community: 'other' }));
  list.replaceChildren(...items);
}
