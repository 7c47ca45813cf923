// The network page: loads `network` (and the analytics the view asks for), draws it with sigma, and wires the
// filters, the analyst's tools (size, colour, path and ego modes, exports), the search and the panel.
import Graph from 'graphology';
import Sigma from 'sigma';
import {
  COMMUNITIES_QUERY,
  ENTITY_QUERY,
  INITIAL_QUERY,
  NEIGHBOURHOOD_QUERY,
  SEARCH_QUERY,
  NETWORK_QUERY,
  PATH_QUERY,
  allScores,
  gql,
  type CommunityAnswer,
  type InitialData,
  type Network,
  type PathAnswer,
} from './api.js';
import { createEdgeDashedArrowProgram } from './dashed-edge.js';
import { egoNetwork } from './ego.js';
import { applyStyle, fillGraph, layout, type EdgeAttrs, type NetworkGraph, type NodeAttrs } from './graph.js';
import { downloadPng } from './image.js';
import { communityLegend, typeLegend } from './legend.js';
import { renderEntity, renderError, renderLoading } from './panel.js';
import { renderPath } from './path-panel.js';
import { MAX_RESULTS, setupSearch, type Candidate } from './search.js';
import {
  PARTNERSHIP_TYPES,
  SIZE_METRICS,
  exportUrl,
  filterVariables,
  imageFileName,
  relationTypes,
  viewFromUrl,
  viewToUrl,
  type ColourBy,
  type ExportFormat,
  type Mode,
  type Preset,
  type SizeBy,
  type View,
} from './view.js';

declare const __NEIGHBOURHOOD_QUERY__: string;

type Status = 'loading' | 'ready' | 'empty' | 'error';

/** What the browser tests read: the drawn graph and the page's state. */
interface PageState {
  status: Status;
  message: string;
  nodeCount: number;
  edgeCount: number;
  filters: { relationType: string | null; year: number | null };
  view: View;
  hoveredNode: string | null;
  focusedNode: string | null;
  selectedNode: string | null;
  panelReady: boolean;
  /** Path mode: the path drawn (entity ids in order, relation ids), null when none is drawn. */
  path: { entities: string[]; relations: string[] } | null;
  /** Path mode: 'none' when the API found no path between the two ends. */
  pathStatus: 'idle' | 'found' | 'none';
  loadMs: number | null;
  layoutMs: number | null;
  /** Where a node is drawn, in CSS pixels from the top-left of the page. */
  screenPosition(id: string): { x: number; y: number } | null;
  /** The node as sigma draws it (after highlighting): its size and colour. */
  nodeDisplay(id: string): { size: number; color: string; highlighted: boolean } | null;
  /** The relation as sigma draws it: its colour and size, or hidden. */
  edgeDisplay(id: string): { size: number; color: string; hidden: boolean } | null;
  drawnNodes(): string[];
  /** The relation's ends and how it is drawn (its program: `arrow`, or `dashed` for a curator's reading). */
  edgeInfo(id: string): { source: string; target: string; assertion: string; type: string } | null;
  /**
   * The edge layer alone, drawn now (with `only`, that relation alone): at each point (CSS pixels from the
   * page's top-left), the highest opacity (0–255) within one pixel, so a test can tell a dashed line from a solid
   * one without other relations crossing or lying under it.
   */
  edgeLayerAlpha(points: Array<{ x: number; y: number }>, only?: string): number[];
}

declare global {
  interface Window {
    __icatNetwork: PageState;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

const container = byId<HTMLDivElement>('graph');
const statusBox = byId<HTMLDivElement>('status');
const panel = byId<HTMLElement>('panel');
const counts = byId<HTMLParagraphElement>('counts');
const legend = byId<HTMLUListElement>('legend');
const legendBox = byId<HTMLDivElement>('legend-box');
const legendTitle = byId<HTMLParagraphElement>('legend-title');
const hint = byId<HTMLParagraphElement>('hint');
const modeHint = byId<HTMLParagraphElement>('mode-hint');
const typeSelect = byId<HTMLSelectElement>('filter-type');
const yearSlider = byId<HTMLInputElement>('filter-year');
const yearLabel = byId<HTMLOutputElement>('year-label');
const sizeSelect = byId<HTMLSelectElement>('size-by');
const depthSelect = byId<HTMLSelectElement>('depth');
const pathEnds = byId<HTMLDivElement>('path-ends');
const pathFrom = byId<HTMLInputElement>('path-from');
const pathTo = byId<HTMLInputElement>('path-to');
const egoDepth = byId<HTMLLabelElement>('ego-depth');
const filtersForm = byId<HTMLFormElement>('filters');
const toolsForm = byId<HTMLFormElement>('tools');

const graph: NetworkGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
let neighbours = new Set<string>();
let panelRequest = 0;
/** The filtered network (before ego mode narrows it): search and path ends pick from it. */
let baseNetwork: Network = { nodes: [], edges: [] };
let years: number[] = [];
let pathNodes = new Set<string>();
let pathEdges = new Set<string>();
/** While a test reads the edge layer: the one relation drawn. */
let isolatedEdge: string | null = null;

const view: View = viewFromUrl(new URLSearchParams(location.search));
const state: PageState = {
  status: 'loading',
  message: '',
  nodeCount: 0,
  edgeCount: 0,
  filters: { relationType: view.relationType, year: view.year },
  view,
  hoveredNode: null,
  focusedNode: null,
  selectedNode: null,
  panelReady: false,
  path: null,
  pathStatus: 'idle',
  loadMs: null,
  layoutMs: null,
  screenPosition(id) {
    if (!renderer || !graph.hasNode(id)) return null;
    const attrs = graph.getNodeAttributes(id);
    const p = renderer.graphToViewport({ x: attrs.x, y: attrs.y });
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  nodeDisplay(id) {
    const d = renderer?.getNodeDisplayData(id);
    return d ? { size: d.size, color: d.color, highlighted: d.highlighted } : null;
  },
  edgeDisplay(id) {
    const d = renderer?.getEdgeDisplayData(id);
    return d ? { size: d.size, color: d.color, hidden: d.hidden } : null;
  },
  drawnNodes: () => graph.nodes(),
  edgeInfo(id) {
    if (!graph.hasEdge(id)) return null;
    const a = graph.getEdgeAttributes(id);
    return { source: graph.source(id), target: graph.target(id), assertion: a.assertion, type: a.type };
  },
  edgeLayerAlpha(points, only) {
    const layer = container.querySelector<HTMLCanvasElement>('canvas.sigma-edges');
    if (!renderer || !layer) return [];
    // WebGL buffers are only readable in the task that drew them: draw, then copy.
    isolatedEdge = only ?? null;
    renderer.refresh();
    isolatedEdge = null;
    const copy = document.createElement('canvas');
    copy.width = layer.width;
    copy.height = layer.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    if (!ctx) return [];
    ctx.drawImage(layer, 0, 0);
    if (only) renderer.refresh();
    const box = layer.getBoundingClientRect();
    const scale = layer.width / box.width;
    return points.map(({ x, y }) => {
      const px = Math.round((x - box.left) * scale);
      const py = Math.round((y - box.top) * scale);
      const data = ctx.getImageData(px - 1, py - 1, 3, 3).data;
      let max = 0;
      for (let i = 3; i < data.length; i += 4) max = Math.max(max, data[i] ?? 0);
      return max;
    });
  },
};
window.__icatNetwork = state;

function showStatus(status: Status, message = '', retry = false): void {
  state.status = status;
  state.message = message;
  statusBox.hidden = status === 'ready';
  statusBox.classList.toggle('error', status === 'error');
  statusBox.replaceChildren(message);
  statusBox.setAttribute('role', status === 'error' ? 'alert' : 'status');
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Try again';
    button.addEventListener('click', () => void reload());
    statusBox.append(button);
  }
}

function ideLink(id: string): string {
  const q = new URLSearchParams({ query: __NEIGHBOURHOOD_QUERY__, variables: JSON.stringify({ id }) });
  return `/graphql?${q.toString()}`;
}

function nameOf(id: string): string {
  return baseNetwork.nodes.find((n) => n.id === id)?.name ?? id;
}

function ensureRenderer(): Sigma<NodeAttrs, EdgeAttrs> {
  if (renderer) return renderer;
  const r = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { dashed: createEdgeDashedArrowProgram<NodeAttrs, EdgeAttrs>() },
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.6,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.08,
    maxCameraRatio: 4,
    stagePadding: 40,
    nodeReducer(node, data) {
      const display: Partial<NodeAttrs & { highlighted: boolean; zIndex: number; forceLabel: boolean }> = {
        ...data,
      };
      if (pathNodes.size > 0) {
        // Path mode: the path stands out, everything else steps back.
        if (pathNodes.has(node)) {
          display.highlighted = true;
          display.forceLabel = true;
          display.zIndex = 2;
        } else {
          display.color = '#e5e7eb';
          display.label = '';
          display.zIndex = 0;
        }
        return display;
      }
      const hovered = state.hoveredNode ?? (view.mode === 'ego' ? null : state.selectedNode);
      if (node === state.focusedNode || node === state.selectedNode || node === egoCenter()) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 2;
      }
      if (hovered) {
        if (node === hovered || neighbours.has(node)) {
          display.forceLabel = true;
          display.zIndex = 1;
        } else {
          display.color = '#e5e7eb';
          display.label = '';
          display.zIndex = 0;
        }
      }
      return display;
    },
    edgeReducer(edge, data) {
      if (isolatedEdge !== null) return edge === isolatedEdge ? data : { ...data, hidden: true };
      if (pathEdges.size > 0) {
        if (pathEdges.has(edge)) return { ...data, color: '#f59e0b', size: 4, zIndex: 2 };
        return { ...data, color: '#f1f5f9', zIndex: 0 };
      }
      const hovered = state.hoveredNode ?? (view.mode === 'ego' ? null : state.selectedNode);
      if (!hovered) return data;
      if (graph.hasExtremity(edge, hovered)) return { ...data, color: '#64748b', size: 1.5, zIndex: 1 };
      return { ...data, hidden: true };
    },
  });
  r.on('enterNode', ({ node }) => setHover(node));
  r.on('leaveNode', () => setHover(null));
  r.on('clickNode', ({ node }) => onNodeClick(node));
  r.on('clickStage', () => {
    if (view.mode !== 'path') clearSelection();
  });
  // The panel takes width from the stage when it opens: keep the canvases the size of their container.
  new ResizeObserver(() => r.resize()).observe(container);
  renderer = r;
  return r;
}

function egoCenter(): string | null {
  return view.mode === 'ego' ? view.center : null;
}

function setHover(node: string | null): void {
  state.hoveredNode = node;
  neighbours = new Set(
    node ? graph.neighbors(node) : state.selectedNode ? graph.neighbors(state.selectedNode) : [],
  );
  container.style.cursor = node ? 'pointer' : '';
  renderer?.refresh({ skipIndexation: true });
}

function clearSelection(): void {
  state.selectedNode = null;
  state.focusedNode = null;
  state.panelReady = false;
  panel.hidden = true;
  setHover(null);
}

async function select(id: string): Promise<void> {
  if (!graph.hasNode(id)) return;
  state.selectedNode = id;
  state.panelReady = false;
  setHover(state.hoveredNode);
  const request = ++panelRequest;
  renderLoading(panel, graph.getNodeAttribute(id, 'name'));
  try {
    const data = await gql(ENTITY_QUERY, { id });
    if (request !== panelRequest) return;
    if (!data.entity) throw new Error(`${id} is not in the graph any more`);
    renderEntity(panel, data.entity, { onClose: clearSelection, onFocus: focusNode, ideLink });
    state.panelReady = true;
  } catch (err) {
    if (request !== panelRequest) return;
    renderError(panel, err instanceof Error ? err.message : String(err));
  }
}

function focusNode(id: string): void {
  if (view.mode === 'ego' && id !== view.center) {
    // Ego mode: the entity picked becomes the centre.
    view.center = id;
    state.focusedNode = id;
    changed();
    void select(id);
    return;
  }
  if (!renderer || !graph.hasNode(id)) return;
  state.focusedNode = id;
  const display = renderer.getNodeDisplayData(id);
  if (display)
    void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.45 }, { duration: 450 });
  void select(id);
}

function onNodeClick(id: string): void {
  if (view.mode === 'path') {
    // Path mode: the first click picks the start, the second the end; a third starts again.
    if (!view.from || (view.from && view.to)) {
      view.from = id;
      view.to = null;
    } else {
      view.to = id;
    }
    pathFrom.value = view.from ? nameOf(view.from) : '';
    pathTo.value = view.to ? nameOf(view.to) : '';
    changed();
    return;
  }
  if (view.mode === 'ego') {
    focusNode(id);
    return;
  }
  void select(id);
}

function fillFilters(init: InitialData): void {
  for (const { type, count } of init.relationTypeCounts) {
    typeSelect.add(new Option(`${type.replace(/_/g, ' ').toLowerCase()} (${count})`, type));
  }
  const found = new Set<number>();
  for (const e of init.everything.edges) if (e.year !== null) found.add(e.year);
  if (view.year !== null) found.add(view.year);
  years = [...found].sort((a, b) => a - b);
  yearSlider.max = String(years.length);
  syncControls();
}

/** The controls show the view (after a load from the URL, or a preset that resets the relation type). */
function syncControls(): void {
  for (const option of typeSelect.options) {
    const allowed =
      option.value === '' ||
      view.preset === 'everything' ||
      (PARTNERSHIP_TYPES as readonly string[]).includes(option.value);
    option.disabled = !allowed;
    option.hidden = !allowed;
  }
  const all = typeSelect.options[0];
  if (all)
    all.textContent = view.preset === 'partnerships' ? 'All partnership relations' : 'All relation types';
  typeSelect.value = view.relationType ?? '';
  const index = view.year === null ? 0 : years.indexOf(view.year) + 1;
  yearSlider.value = String(index);
  const label = view.year === null ? 'All years' : String(view.year);
  yearLabel.value = label;
  yearSlider.setAttribute('aria-valuetext', label);
  sizeSelect.value = view.sizeBy;
  depthSelect.value = String(view.depth);
  for (const input of document.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    const value: string =
      input.name === 'preset' ? view.preset : input.name === 'colour' ? view.colourBy : view.mode;
    input.checked = input.value === value;
  }
  pathEnds.hidden = view.mode !== 'path';
  egoDepth.hidden = view.mode !== 'ego';
  if (view.mode === 'path') {
    if (view.from && document.activeElement !== pathFrom) pathFrom.value = nameOf(view.from);
    if (view.to && document.activeElement !== pathTo) pathTo.value = nameOf(view.to);
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.exports a[data-format]')) {
    a.href = exportUrl(view, a.dataset.format as ExportFormat);
  }
  modeHint.textContent = modeMessage();
  const size = SIZE_METRICS[view.sizeBy].label.toLowerCase();
  hint.textContent = `Size: ${size}. Hover: neighbours. Click: ${
    view.mode === 'path' ? 'a path end' : view.mode === 'ego' ? 'the centre' : 'details and evidence'
  }.`;
}

function modeMessage(): string {
  if (view.mode === 'path') {
    if (!view.from || !view.to) return 'Pick two entities: type in From and to, or click two nodes.';
    return '';
  }
  if (view.mode === 'ego') {
    if (!view.center) return 'Pick the centre: search for an entity or click a node.';
    return `Within ${view.depth} hop${view.depth === 1 ? '' : 's'} of ${nameOf(view.center)}.`;
  }
  return view.preset === 'partnerships' ? `Organisations linked by ${PARTNERSHIP_TYPES.join(', ')}.` : '';
}

function emptyMessage(): string {
  const type = view.relationType
    ? `${view.relationType} `
    : view.preset === 'partnerships'
      ? 'partnership '
      : '';
  const year = view.year === null ? '' : ` for ${view.year}`;
  return `No ${type}relations recorded${year}.`;
}

// Answers are cached per filter (the page asks again only for what changed); a failure is not kept.
const cache = new Map<string, Promise<unknown>>();
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const p = load();
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  return p;
}

interface Extras {
  scores: Map<string, number> | null;
  communities: CommunityAnswer[] | null;
  ego: Set<string> | null;
  path: PathAnswer['path'] | undefined;
}

function draw(network: Network, extras: Extras): void {
  let drawn = network;
  if (extras.ego && view.center) {
    if (!network.nodes.some((n) => n.id === view.center)) drawn = { nodes: [], edges: [] };
    else drawn = egoNetwork(network, view.center, view.depth, extras.ego);
  }
  fillGraph(graph, drawn);
  // The entity in the panel stays selected while it is drawn (ego mode redraws around it).
  if (state.selectedNode && graph.hasNode(state.selectedNode) && view.mode !== 'path') setHover(null);
  else clearSelection();
  state.layoutMs = Math.round(layout(graph));
  if (extras.scores) {
    const scores = extras.scores;
    graph.updateEachNodeAttributes((id, a) => ({ ...a, score: scores.get(id) ?? 0 }));
  }
  if (extras.communities) {
    const community = new Map<string, number>();
    for (const c of extras.communities) for (const m of c.members.edges) community.set(m.node.id, c.id);
    graph.updateEachNodeAttributes((id, a) => ({ ...a, community: community.get(id) ?? null }));
  }
  applyStyle(graph, view.colourBy);
  showPath(extras.path);
  state.nodeCount = graph.order;
  state.edgeCount = graph.size;
  counts.textContent = `${graph.order} entities · ${graph.size} relations`;
  if (extras.communities) {
    legendTitle.textContent = 'Communities (Louvain), largest first';
    communityLegend(legend, graph, extras.communities);
  } else {
    legendTitle.textContent = 'Entity types';
    typeLegend(legend, graph);
  }
  legendBox.hidden = graph.order === 0;
  if (graph.order === 0) {
    showStatus(
      'empty',
      extras.ego && view.center
        ? `${nameOf(view.center)} has no relations in this view; pick another centre or widen the filter.`
        : emptyMessage(),
    );
    return;
  }
  const r = ensureRenderer();
  r.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  r.refresh();
  showStatus('ready');
}

function showPath(answer: PathAnswer['path'] | undefined): void {
  pathNodes = new Set(answer?.entities.map((e) => e.id) ?? []);
  pathEdges = new Set(answer?.steps.map((s) => s.relation.id) ?? []);
  state.path = answer
    ? { entities: answer.entities.map((e) => e.id), relations: answer.steps.map((s) => s.relation.id) }
    : null;
  state.pathStatus = answer === undefined ? 'idle' : answer ? 'found' : 'none';
  if (answer === undefined || !view.from || !view.to) return;
  renderPath(panel, { from: nameOf(view.from), to: nameOf(view.to) }, answer, relationTypes(view), {
    onClose: () => {
      view.from = null;
      view.to = null;
      pathFrom.value = '';
      pathTo.value = '';
      changed();
    },
    onFocus: (id) => {
      const display = renderer?.getNodeDisplayData(id);
      if (renderer && display)
        void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.45 }, { duration: 450 });
    },
    drawn: (id) => graph.hasNode(id),
  });
  state.panelReady = true;
}

function failed(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  counts.textContent = '';
  showStatus('error', `Could not load the network. ${message}`, true);
}

let loadedFilters = false;
let networkRequest = 0;

async function reload(): Promise<void> {
  // The view can change faster than the API answers: only the latest request may draw.
  const request = ++networkRequest;
  showStatus('loading', 'Loading the network…');
  const filter = filterVariables(view);
  const key = JSON.stringify(filter);
  try {
    let network: Network;
    if (!loadedFilters) {
      const init = await gql(INITIAL_QUERY, { ...filter });
      if (request !== networkRequest) return;
      fillFilters(init);
      loadedFilters = true;
      cache.set(`network ${key}`, Promise.resolve(init.network));
      network = init.network;
    } else {
      network = await cached(`network ${key}`, async () => (await gql(NETWORK_QUERY, { ...filter })).network);
    }
    baseNetwork = network;
    syncControls();
    const metric = SIZE_METRICS[view.sizeBy].metric;
    const { center, from, to, depth } = view;
    const [scores, communities, ego, path] = await Promise.all([
      view.sizeBy === 'degree' ? null : cached(`${metric} ${key}`, () => allScores(metric, filter)),
      view.colourBy === 'community'
        ? cached(
            `communities ${key}`,
            async () => (await gql(COMMUNITIES_QUERY, { ...filter })).communities.communities,
          )
        : null,
      view.mode === 'ego' && center
        ? cached(`ego ${center} ${depth} ${String(filter.types)}`, async () => {
            const answer = await gql(NEIGHBOURHOOD_QUERY, {
              id: center,
              depth,
              types: filter.types,
            });
            return new Set([center, ...(answer.neighbourhood?.nodes.map((n) => n.entity.id) ?? [])]);
          })
        : null,
      view.mode === 'path' && from && to
        ? cached(
            `path ${from} ${to} ${String(filter.types)}`,
            async () => (await gql(PATH_QUERY, { from, to, types: filter.types })).path,
          )
        : undefined,
    ]);
    if (request !== networkRequest) return;
    draw(network, { scores, communities, ego, path });
    state.loadMs ??= Math.round(performance.now());
  } catch (err) {
    if (request === networkRequest) failed(err);
  }
}

/** The view changed: keep the URL in step and draw it. */
function changed(): void {
  state.filters = { relationType: view.relationType, year: view.year };
  history.replaceState(null, '', `${location.pathname}${viewToUrl(view)}`);
  syncControls();
  void reload();
}

function radioValue(form: HTMLFormElement, name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

typeSelect.addEventListener('change', () => {
  view.relationType = typeSelect.value || null;
  changed();
});
yearSlider.addEventListener('input', () => {
  // Dragging shows the year at once; the network follows when the slider is let go (or a key is pressed).
  const year = years[Number(yearSlider.value) - 1];
  yearLabel.value = year === undefined ? 'All years' : String(year);
});
yearSlider.addEventListener('change', () => {
  view.year = years[Number(yearSlider.value) - 1] ?? null;
  changed();
});
filtersForm.addEventListener('change', (event) => {
  if (!(event.target instanceof HTMLInputElement) || event.target.name !== 'preset') return;
  view.preset = radioValue(filtersForm, 'preset') as Preset;
  if (
    view.preset === 'partnerships' &&
    view.relationType &&
    !(PARTNERSHIP_TYPES as readonly string[]).includes(view.relationType)
  )
    view.relationType = null;
  changed();
});
toolsForm.addEventListener('change', (event) => {
  const target = event.target;
  if (target === sizeSelect) view.sizeBy = sizeSelect.value as SizeBy;
  else if (target === depthSelect) view.depth = depthSelect.value === '2' ? 2 : 1;
  else if (target instanceof HTMLInputElement && target.name === 'colour')
    view.colourBy = radioValue(toolsForm, 'colour') as ColourBy;
  else if (target instanceof HTMLInputElement && target.name === 'mode') {
    view.mode = radioValue(toolsForm, 'mode') as Mode;
    // The entity in the panel carries over: the path starts there, or it becomes the centre.
    if (view.mode === 'path' && state.selectedNode && !view.from) view.from = state.selectedNode;
    if (view.mode === 'ego' && state.selectedNode) view.center = state.selectedNode;
    if (view.mode !== 'path') panel.hidden = true;
  } else return;
  changed();
});
filtersForm.addEventListener('submit', (event) => event.preventDefault());
toolsForm.addEventListener('submit', (event) => event.preventDefault());

/** The API's ranked hits for a text, each marked drawn or not in the current view. */
async function findEntities(query: string, first: number): Promise<Candidate[]> {
  const { search } = await gql(SEARCH_QUERY, { query, first });
  return search.map(({ entity: e }) => ({
    id: e.id,
    name: e.name,
    label: ('acronym' in e ? e.acronym : null) ?? e.name,
    type: e.type,
    drawn: graph.hasNode(e.id),
  }));
}
setupSearch(
  byId<HTMLInputElement>('search'),
  byId<HTMLUListElement>('search-results'),
  (q) => findEntities(q, MAX_RESULTS),
  (id) => {
    // An entity the filters leave out has no place in the drawing: its own page (its IRI) shows it.
    if (view.mode !== 'ego' && !graph.hasNode(id))
      window.location.assign(`/entity/${encodeURIComponent(id)}`);
    else focusNode(id);
  },
);
// A path runs through the drawn network: its ends are found among the drawn entities.
const drawnOnly = async (q: string) => (await findEntities(q, 50)).filter((c) => c.drawn);
setupSearch(pathFrom, byId<HTMLUListElement>('path-from-results'), drawnOnly, (id) => {
  view.from = id;
  changed();
});
setupSearch(pathTo, byId<HTMLUListElement>('path-to-results'), drawnOnly, (id) => {
  view.to = id;
  changed();
});

byId<HTMLButtonElement>('export-png').addEventListener('click', () => {
  if (!renderer || graph.order === 0) return;
  downloadPng(renderer, container, imageFileName(view)).catch((err: unknown) => {
    modeHint.textContent = `Could not make the picture: ${err instanceof Error ? err.message : String(err)}`;
  });
});

document.addEventListener('keydown', (event) => {
  const typing =
    document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'search';
  if (event.key === 'Escape' && !panel.hidden && !typing) clearSelection();
});

void reload();
