// The partnership-network page: loads `network`, draws it with sigma, and wires filters, search and the panel.
import Graph from 'graphology';
import Sigma from 'sigma';
import {
  ENTITY_QUERY,
  INITIAL_QUERY,
  NETWORK_QUERY,
  gql,
  type EntityDetails,
  type EntityType,
  type InitialData,
  type Network,
} from './api.js';
import { TYPE_STYLE, fillGraph, layout, type EdgeAttrs, type NetworkGraph, type NodeAttrs } from './graph.js';
import { renderEntity, renderError, renderLoading } from './panel.js';
import { setupSearch } from './search.js';

declare const __NEIGHBOURHOOD_QUERY__: string;

type Status = 'loading' | 'ready' | 'empty' | 'error';

/** What the browser tests read: the drawn graph and the page's state. */
interface PageState {
  status: Status;
  message: string;
  nodeCount: number;
  edgeCount: number;
  filters: { relationType: string | null; year: number | null };
  hoveredNode: string | null;
  focusedNode: string | null;
  selectedNode: string | null;
  panelReady: boolean;
  loadMs: number | null;
  layoutMs: number | null;
  /** Where a node is drawn, in CSS pixels from the top-left of the page. */
  screenPosition(id: string): { x: number; y: number } | null;
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
const typeSelect = byId<HTMLSelectElement>('filter-type');
const yearSelect = byId<HTMLSelectElement>('filter-year');

const graph: NetworkGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
let neighbours = new Set<string>();
let panelRequest = 0;

const params = new URLSearchParams(location.search);
const urlYear = Number.parseInt(params.get('year') ?? '', 10);
const state: PageState = {
  status: 'loading',
  message: '',
  nodeCount: 0,
  edgeCount: 0,
  filters: { relationType: params.get('type') || null, year: Number.isFinite(urlYear) ? urlYear : null },
  hoveredNode: null,
  focusedNode: null,
  selectedNode: null,
  panelReady: false,
  loadMs: null,
  layoutMs: null,
  screenPosition(id) {
    if (!renderer || !graph.hasNode(id)) return null;
    const attrs = graph.getNodeAttributes(id);
    const p = renderer.graphToViewport({ x: attrs.x, y: attrs.y });
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
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

function drawLegend(): void {
  const perType = new Map<EntityType, number>();
  graph.forEachNode((_, a) => perType.set(a.entityType, (perType.get(a.entityType) ?? 0) + 1));
  legend.replaceChildren(
    ...(Object.keys(TYPE_STYLE) as EntityType[])
      .filter((t) => perType.has(t))
      .map((t) => {
        const li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = TYPE_STYLE[t].color;
        const n = document.createElement('span');
        n.className = 'n';
        n.textContent = String(perType.get(t));
        li.append(swatch, TYPE_STYLE[t].label, n);
        return li;
      }),
  );
  legend.hidden = perType.size === 0;
}

function ensureRenderer(): Sigma<NodeAttrs, EdgeAttrs> {
  if (renderer) return renderer;
  const r = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultEdgeType: 'arrow',
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.6,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.08,
    maxCameraRatio: 4,
    stagePadding: 40,
    nodeReducer(node, data) {
      const hovered = state.hoveredNode ?? state.selectedNode;
      const display: Partial<NodeAttrs & { highlighted: boolean; zIndex: number; forceLabel: boolean }> = {
        ...data,
      };
      if (node === state.focusedNode || node === state.selectedNode) {
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
      const hovered = state.hoveredNode ?? state.selectedNode;
      if (!hovered) return data;
      if (graph.hasExtremity(edge, hovered)) return { ...data, color: '#64748b', size: 1.5, zIndex: 1 };
      return { ...data, hidden: true };
    },
  });
  r.on('enterNode', ({ node }) => setHover(node));
  r.on('leaveNode', () => setHover(null));
  r.on('clickNode', ({ node }) => void select(node));
  r.on('clickStage', () => clearSelection());
  // The panel takes width from the stage when it opens: keep the canvases the size of their container.
  new ResizeObserver(() => r.resize()).observe(container);
  renderer = r;
  return r;
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
    const data = await gql<{ entity: EntityDetails | null }>(ENTITY_QUERY, { id });
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
  if (!renderer || !graph.hasNode(id)) return;
  state.focusedNode = id;
  const display = renderer.getNodeDisplayData(id);
  if (display)
    void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.45 }, { duration: 450 });
  void select(id);
}

function fillFilters(init: InitialData): void {
  for (const { type, count } of init.relationTypeCounts) {
    typeSelect.add(new Option(`${type.replace(/_/g, ' ').toLowerCase()} (${count})`, type));
  }
  const years = new Set<number>();
  for (const e of init.everything.edges) if (e.year !== null) years.add(e.year);
  if (state.filters.year !== null) years.add(state.filters.year);
  for (const y of [...years].sort((a, b) => b - a)) yearSelect.add(new Option(String(y), String(y)));
  typeSelect.value = state.filters.relationType ?? '';
  yearSelect.value = state.filters.year === null ? '' : String(state.filters.year);
}

function variables(): Record<string, unknown> {
  return {
    types: state.filters.relationType ? [state.filters.relationType] : null,
    year: state.filters.year,
  };
}

function emptyMessage(): string {
  const type = state.filters.relationType ? `${state.filters.relationType} ` : '';
  const year = state.filters.year === null ? '' : ` for ${state.filters.year}`;
  return `No ${type}relations recorded${year}.`;
}

function draw(network: Network): void {
  clearSelection();
  fillGraph(graph, network);
  state.layoutMs = Math.round(layout(graph));
  state.nodeCount = graph.order;
  state.edgeCount = graph.size;
  counts.textContent = `${graph.order} entities · ${graph.size} relations`;
  drawLegend();
  if (graph.order === 0) {
    showStatus('empty', emptyMessage());
    return;
  }
  const r = ensureRenderer();
  r.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  r.refresh();
  showStatus('ready');
}

function failed(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  counts.textContent = '';
  showStatus('error', `Could not load the network. ${message}`, true);
}

let loadedFilters = false;

let networkRequest = 0;

async function reload(): Promise<void> {
  // Filters can change faster than the API answers: only the latest request may draw.
  const request = ++networkRequest;
  showStatus('loading', 'Loading the network…');
  try {
    if (!loadedFilters) {
      const init = await gql<InitialData>(INITIAL_QUERY, variables());
      if (request !== networkRequest) return;
      fillFilters(init);
      loadedFilters = true;
      draw(init.network);
    } else {
      const { network } = await gql<{ network: Network }>(NETWORK_QUERY, variables());
      if (request !== networkRequest) return;
      draw(network);
    }
    state.loadMs ??= Math.round(performance.now());
  } catch (err) {
    if (request === networkRequest) failed(err);
  }
}

function onFilterChange(): void {
  state.filters = {
    relationType: typeSelect.value || null,
    year: yearSelect.value ? Number(yearSelect.value) : null,
  };
  const next = new URLSearchParams();
  if (state.filters.relationType) next.set('type', state.filters.relationType);
  if (state.filters.year !== null) next.set('year', String(state.filters.year));
  history.replaceState(null, '', next.size > 0 ? `?${next.toString()}` : location.pathname);
  void reload();
}

typeSelect.addEventListener('change', onFilterChange);
yearSelect.addEventListener('change', onFilterChange);
byId<HTMLFormElement>('filters').addEventListener('submit', (event) => event.preventDefault());
setupSearch(
  byId<HTMLInputElement>('search'),
  byId<HTMLUListElement>('search-results'),
  () => graph.mapNodes((id, a) => ({ id, name: a.name, label: a.label, type: a.entityType })),
  focusNode,
);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden && document.activeElement?.id !== 'search') clearSelection();
});

void reload();
