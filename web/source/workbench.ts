// The workbench on the source page: a curator selects text in a section and proposes a relation or a new entity
// with the selection as its evidence (section, verbatim excerpt, offset). Entity pickers search as you type over the
// API's ranked `search`; known entities' mentions (`suggestMentions`) are highlighted, and those inside the selection
// go into a picker with one click. The proposal is an ordinary change-set (`proposeChange`): it waits in /curate's
// review queue. DOM nodes and textContent only: nothing from the data is parsed as HTML.
import {
  CurateViewerDocument,
  CurationProposeChangeDocument,
  PageSearchDocument,
  SourceMentionsDocument,
  type EntityType,
  type SourceMentionsQuery,
  type RelationType,
} from '../../operations/generated/graphql.js';
import { endsBeforeStart, partialDateProblem } from '../../src/model/dates.js';
import { ENTITY_KINDS, type EntityTypeName } from '../../src/model/entities.js';
import { REQUIRED_FIELDS, type RequiredField } from '../../src/model/required-fields.js';
import { RELATION_STATUSES, RELATION_TYPES } from '../../src/model/relations.js';
import { ApiError, gql } from '../curate/api.js';
import {
  currentCredential,
  signOut,
  startSignIn,
  useKey,
  type Credential,
  type SignInConfig,
} from '../curate/sign-in.js';

export interface Mention {
  section: string;
  start: number;
  end: number;
  text: string;
  entity: { id: string; name: string; type: string };
}
export interface Selected {
  section: string;
  excerpt: string;
  offset: number;
}
export interface WorkbenchState {
  signedIn: boolean;
  /** Who the API says the credential is (`viewer.actor`). */
  actor: string | null;
  mentions: number;
  selection: Selected | null;
  /** The relation's evidence: the selection, then each mention clicked in the text that it does not cover. */
  evidence: Selected[];
  /** The last proposal's change-set id, or the API's refusal, as the page shows it. */
  proposed: string | null;
  message: string;
  answers: number;
}
export const workbench: WorkbenchState = {
  signedIn: false,
  actor: null,
  mentions: 0,
  selection: null,
  evidence: [],
  proposed: null,
  message: '',
  answers: 0,
};
(window as unknown as { __icatWorkbench: WorkbenchState }).__icatWorkbench = workbench;

type El = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string>,
  ...children: Array<Node | string>
) => HTMLElementTagNameMap[K];

/** The id a new entity gets: its kind's id prefix in the model (`org:`, `stmt:`, `qty:`…) and the name's slug. */
export const newId = (type: string, name: string) =>
  `${ENTITY_KINDS.find((k) => k.type === type)?.idPrefix ?? type.toLowerCase()}:${name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`;

let credential: Credential | null = null;
/** The source on the page: every excerpt is of it (the graph may hold several sources). */
let sourceId = '';
const cited = (e: Selected) => ({ source: sourceId, ...e });
let mentions: Mention[] = [];
/** The form being filled, so that a click on a mention in the text can add to it. */
let form: { root: HTMLElement; take: (m: Mention) => void } | null = null;

async function loadMentions(source: string): Promise<Mention[]> {
  const all: Mention[] = [];
  let after: string | null = null;
  // Public reads go without the credential (a bad key must not hide the text's mentions). Pages of the API's largest size until the source is read (the report has a few hundred mentions).
  for (let i = 0; i < 50; i++) {
    const data: SourceMentionsQuery = await gql(SourceMentionsDocument, { source, first: 100, after }, null);
    for (const e of data.suggestMentions.edges) all.push(e.node);
    if (!data.suggestMentions.pageInfo.hasNextPage) break;
    after = data.suggestMentions.pageInfo.endCursor ?? null;
  }
  return all;
}

/** A Range over `[start, end)` of a section paragraph's text (the text is cut into marks; offsets cross them). */
function rangeIn(para: Element, start: number, end: number): Range | null {
  const range = document.createRange();
  let seen = 0;
  let started = false;
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (!started && start >= seen && start < seen + len) {
      range.setStart(n, start - seen);
      started = true;
    }
    if (started && end <= seen + len) {
      range.setEnd(n, end - seen);
      return range;
    }
    seen += len;
  }
  return null;
}

function highlightMentions(text: HTMLElement): void {
  const ranges: Range[] = [];
  for (const m of mentions) {
    const para = text.querySelector(`section[data-section="${CSS.escape(m.section)}"] > p`);
    const r = para ? rangeIn(para, m.start, m.end) : null;
    if (r) ranges.push(r);
  }
  CSS.highlights.set('mention', new Highlight(...ranges));
}

/** The selection, if it lies in one section's text: its section, its verbatim text and where it starts. */
function selectionIn(text: HTMLElement): Selected | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const para = (
    range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement
  )?.closest('section[data-section] > p');
  if (!para || !text.contains(para)) return null;
  const before = document.createRange();
  before.setStart(para, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  // The excerpt without the selection's stray edge spaces (a double-click or a drag often takes one).
  const lead = raw.length - raw.trimStart().length;
  const excerpt = raw.trim();
  if (excerpt === '') return null;
  const section = para.parentElement?.getAttribute('data-section') ?? '';
  return { section, excerpt, offset: before.toString().length + lead };
}

/** An entity picker: search as you type over the ranked `search`; a choice (or a mention's click) sets its id. */
class Picker {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  readonly list: HTMLUListElement;
  readonly chosen: HTMLElement;
  id: string | null = null;
  private seq = 0;

  constructor(
    el: El,
    readonly name: string,
    label: string,
  ) {
    this.input = el('input', {
      type: 'search',
      id: `pick-${name}`,
      autocomplete: 'off',
      placeholder: 'Type a name or acronym',
    });
    this.list = el('ul', { class: 'hits', id: `hits-${name}`, role: 'listbox' });
    this.chosen = el('span', { class: 'chosen', id: `chosen-${name}` }, 'none chosen');
    this.root = el(
      'div',
      { class: 'picker' },
      el('label', { for: `pick-${name}` }, label),
      this.input,
      this.chosen,
      this.list,
    );
    this.input.addEventListener('input', () => void this.search(el));
  }

  choose(id: string, name: string): void {
    this.id = id;
    this.chosen.textContent = `${name} (${id})`;
    this.chosen.setAttribute('data-id', id);
    this.list.replaceChildren();
  }

  private async search(el: El): Promise<void> {
    const q = this.input.value.trim();
    const mine = ++this.seq;
    if (q.length < 2) return void this.list.replaceChildren();
    try {
      const data = await gql(PageSearchDocument, { query: q, first: 8 }, null);
      if (mine !== this.seq) return; // a later keystroke's answer counts, not this one
      this.list.replaceChildren(
        ...data.search.map((h) => {
          const b = el(
            'button',
            { type: 'button', 'data-id': h.entity.id },
            `${h.entity.name} · ${h.entity.type.toLowerCase()}`,
          );
          b.addEventListener('click', () => this.choose(h.entity.id, h.entity.name));
          return el('li', {}, b);
        }),
      );
    } catch (err) {
      this.list.replaceChildren(el('li', { class: 'error' }, (err as Error).message));
    }
  }
}

function explain(err: unknown): string {
  if (err instanceof ApiError && (err.status === 401 || err.code === 'UNAUTHENTICATED'))
    return `Not signed in, or the sign-in is no longer valid: ${err.message}`;
  if (err instanceof ApiError && err.code === 'FORBIDDEN') return `Not allowed: ${err.message}`;
  return (err as Error).message;
}

/** The form for one selection, in the side panel. */
function openForm(el: El, panel: HTMLElement, sel: Selected): void {
  workbench.selection = sel;
  workbench.evidence = [sel];
  panel.hidden = false;
  const from = new Picker(el, 'from', 'From');
  const to = new Picker(el, 'to', 'To');
  const relType = el(
    'select',
    { id: 'relation-type' },
    ...RELATION_TYPES.map((t) => el('option', { value: t }, t)),
  );
  const year = el('input', {
    id: 'year',
    type: 'number',
    min: '1900',
    max: '2100',
    placeholder: 'e.g. 2019',
  });
  // Dates as the seed has them (YYYY, YYYY-MM or YYYY-MM-DD), checked by the seed format's own rule before sending.
  const since = el('input', { id: 'since', type: 'text', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const until = el('input', { id: 'until', type: 'text', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const status = el(
    'select',
    { id: 'status' },
    el('option', { value: '' }, 'not said'),
    ...RELATION_STATUSES.map((s) => el('option', { value: s }, s.toLowerCase().replace('_', ' '))),
  );
  const assertion = el(
    'select',
    { id: 'assertion' },
    el('option', { value: 'STATED' }, 'stated by the text'),
    el('option', { value: 'INFERRED' }, 'inferred (say why)'),
  );
  const note = el('input', { id: 'note', type: 'text', placeholder: 'Why it is inferred' });
  const comment = el('input', { id: 'comment', type: 'text', placeholder: 'What this adds, and why' });
  const entType = el(
    'select',
    { id: 'entity-type' },
    ...ENTITY_KINDS.map((k) => el('option', { value: k.type }, k.type)),
  );
  const entName = el('input', { id: 'entity-name', type: 'text', value: sel.excerpt.slice(0, 120) });
  const message = el('p', { id: 'workbench-message', class: 'status', role: 'status' });

  const inside = mentions.filter(
    (m) => m.section === sel.section && m.start >= sel.offset && m.end <= sel.offset + sel.excerpt.length,
  );
  const mentionList = el(
    'ul',
    { class: 'mentions', id: 'selection-mentions' },
    ...inside.map((m) => {
      const asFrom = el('button', { type: 'button', class: 'as-from', 'data-id': m.entity.id }, 'from');
      const asTo = el('button', { type: 'button', class: 'as-to', 'data-id': m.entity.id }, 'to');
      asFrom.addEventListener('click', () => from.choose(m.entity.id, m.entity.name));
      asTo.addEventListener('click', () => to.choose(m.entity.id, m.entity.name));
      return el('li', {}, `“${m.text}” → ${m.entity.name} `, asFrom, ' ', asTo);
    }),
  );

  const refuse = (text: string) => {
    message.className = 'status error';
    message.setAttribute('role', 'alert');
    message.textContent = text;
    workbench.proposed = null;
    workbench.message = text;
    workbench.answers++;
  };

  const submit = async (operation: Record<string, unknown>) => {
    message.className = 'status';
    message.setAttribute('role', 'status');
    message.textContent = 'Proposing…';
    try {
      const data = await gql(
        CurationProposeChangeDocument,
        {
          input: {
            comment: comment.value.trim() || `From the source page: “${sel.excerpt.slice(0, 80)}”`,
            operations: [operation],
          },
        },
        credential,
      );
      const errors = data.proposeChange.userErrors;
      if (errors.length > 0 || !data.proposeChange.changeSet) {
        workbench.proposed = null;
        workbench.message = errors.map((e) => `${e.path.slice(3).join('.')}: ${e.message}`).join('; ');
        message.className = 'status error';
        message.setAttribute('role', 'alert');
        message.textContent = `Not proposed. ${workbench.message}`;
      } else {
        const id = data.proposeChange.changeSet.id;
        workbench.proposed = id;
        workbench.message = `Proposed ${id}`;
        message.className = 'status ok';
        message.replaceChildren(
          `Proposed ${id}: it waits for a reviewer in `,
          el('a', { href: '/curate' }, 'the review queue'),
          '.',
        );
      }
    } catch (err) {
      workbench.proposed = null;
      workbench.message = explain(err);
      message.className = 'status error';
      message.setAttribute('role', 'alert');
      message.textContent = workbench.message;
    }
    workbench.answers++;
  };

  const evidence = workbench.evidence;
  const added = el('ul', { class: 'added-evidence', id: 'added-evidence' });
  // A mention clicked in the text: the next empty end takes its entity, and its span joins the evidence unless a
  // span already there covers it.
  form = {
    root: message, // in the panel while this form is shown
    take(m: Mention) {
      const end = !from.id ? from : !to.id ? to : null;
      if (!end) {
        message.className = 'status error';
        message.setAttribute('role', 'alert');
        message.textContent = `Both ends are chosen; “${m.text}” was not taken. Choose again in a picker to change one.`;
        workbench.message = message.textContent;
        return;
      }
      end.choose(m.entity.id, m.entity.name);
      const covered = evidence.some(
        (e) => e.section === m.section && e.offset <= m.start && m.end <= e.offset + e.excerpt.length,
      );
      if (!covered) {
        const span = { section: m.section, excerpt: m.text, offset: m.start };
        evidence.push(span);
        added.append(
          el(
            'li',
            { 'data-section': m.section, 'data-offset': String(m.start) },
            `and “${m.text}”, section ${m.section}`,
          ),
        );
      }
      message.className = 'status';
      message.setAttribute('role', 'status');
      message.textContent = `${end.name === 'from' ? 'From' : 'To'}: ${m.entity.name}${covered ? '' : ', its mention added as evidence'}.`;
      workbench.message = message.textContent;
    },
  };
  const relForm = el(
    'form',
    { id: 'relation-form' },
    el('h3', {}, 'A relation'),
    from.root,
    el('label', { for: 'relation-type' }, 'Type'),
    relType,
    to.root,
    el('label', { for: 'year' }, 'Year'),
    year,
    el('label', { for: 'since' }, 'Since'),
    since,
    el('label', { for: 'until' }, 'Until'),
    until,
    el('label', { for: 'status' }, 'Status'),
    status,
    el('label', { for: 'assertion' }, 'Assertion'),
    assertion,
    el('label', { for: 'note' }, 'Note'),
    note,
    el('button', { type: 'submit' }, 'Propose the relation'),
  );
  relForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const missing = [!from.id && 'From', !to.id && 'To'].filter(Boolean);
    if (missing.length > 0)
      return refuse(`Choose ${missing.join(' and ')} first: type a name and pick one, or click a mention.`);
    const dates: Record<string, string> = {};
    for (const [field, input] of [
      ['since', since],
      ['until', until],
    ] as const) {
      const v = input.value.trim();
      if (v === '') continue;
      const problem = partialDateProblem(v);
      if (problem)
        return refuse(
          `${field === 'since' ? 'Since' : 'Until'} "${v}" ${problem}: write e.g. 2019, 2019-09 or 2019-09-30, or leave it empty.`,
        );
      dates[field] = v;
    }
    // A relation cannot end before it starts (the seed's and the API's rule).
    if (dates.since && dates.until && endsBeforeStart(dates.since, dates.until))
      return refuse(`Until ${dates.until} is before since ${dates.since}: swap them or correct one.`);
    void submit({
      addRelation: {
        type: relType.value as RelationType,
        from: from.id,
        to: to.id,
        ...(year.value !== '' ? { year: Number(year.value) } : {}),
        ...dates,
        ...(status.value !== '' ? { status: status.value } : {}),
        assertion: assertion.value,
        ...(note.value.trim() !== '' ? { note: note.value.trim() } : {}),
        evidence: evidence.map(cited),
      },
    });
  });
  // The fields the chosen kind requires (the seed format's, src/model/required-fields.ts), rebuilt on each choice.
  const required = el('div', { id: 'entity-required', class: 'required' });
  let fields: Array<{ spec: RequiredField; input: HTMLInputElement | HTMLSelectElement }> = [];
  const showRequired = () => {
    fields = REQUIRED_FIELDS[entType.value as EntityTypeName].map((spec) => {
      const id = `entity-${spec.field}`;
      const input = spec.choices
        ? el(
            'select',
            { id, 'data-field': spec.field },
            el('option', { value: '' }, 'choose one'),
            ...spec.choices.map((c) => el('option', { value: c }, c.toLowerCase().replaceAll('_', ' '))),
          )
        : el('input', {
            id,
            'data-field': spec.field,
            type: spec.number ? 'number' : 'text',
            ...(spec.number ? { step: 'any', min: '0' } : {}),
          });
      return { spec, input };
    });
    required.replaceChildren(
      ...fields.flatMap(({ spec, input }) => [
        el('label', { for: input.id }, `${spec.field} (required)`),
        input,
      ]),
    );
  };
  entType.addEventListener('change', showRequired);
  showRequired();
  const entForm = el(
    'form',
    { id: 'entity-form' },
    el('h3', {}, 'Or a new entity'),
    el('label', { for: 'entity-type' }, 'Kind'),
    entType,
    el('label', { for: 'entity-name' }, 'Name'),
    entName,
    required,
    el('button', { type: 'submit' }, 'Propose the entity'),
  );
  entForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = entName.value.trim();
    const kind = entType.value as EntityTypeName;
    const label = ENTITY_KINDS.find((k) => k.type === kind)?.label.toLowerCase() ?? kind;
    // Checked here to say at once what is missing; the API's own validation stays the authority.
    const missing = [
      ...(name === '' ? ['name'] : []),
      ...fields.filter(({ input }) => input.value.trim() === '').map(({ spec }) => spec.field),
    ];
    if (missing.length > 0)
      return refuse(
        `A new ${label} needs ${missing.join(', ')}: ${missing.length === 1 ? 'fill it in' : 'fill them in'} first.`,
      );
    const values: Record<string, string | number> = {};
    for (const { spec, input } of fields) {
      const v = input.value.trim();
      if (spec.number) {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0) return refuse(`${spec.field} "${v}" must be a number above 0.`);
        values[spec.field] = n;
      } else values[spec.field] = v;
    }
    void submit({
      createEntity: {
        id: newId(kind, name),
        type: kind as EntityType,
        name,
        ...values,
        evidence: [cited(sel)],
      },
    });
  });

  panel.replaceChildren(
    el('h2', {}, 'Propose from this selection'),
    el('p', { class: 'where' }, `Evidence, section ${sel.section}:`),
    el('blockquote', { id: 'selection-excerpt' }, `“${sel.excerpt}”`),
    added,
    el(
      'p',
      { class: 'hint' },
      'Click an underlined name in the text: it fills the next empty end (From, then To), its words as evidence.',
    ),
    ...(inside.length > 0 ? [el('h3', {}, 'Known entities it mentions'), mentionList] : []),
    el('label', { for: 'comment' }, 'Comment for the reviewer'),
    comment,
    relForm,
    entForm,
    message,
  );
}

/**
 * The sign-in bar: /curate's own sign-in (web/curate/sign-in.ts): OpenID Connect with PKCE through the configured
 * provider (the provider sends the browser to /curate, which sends it back here), or an API key kept in this tab's
 * memory. A credential is checked with `viewer` before the workbench opens.
 */
function signInBar(
  el: El,
  bar: HTMLElement,
  config: SignInConfig,
  onSignedIn: () => Promise<void>,
  said = '',
): void {
  const key = el('input', {
    id: 'workbench-key',
    type: 'password',
    placeholder: 'API key',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const form = el('form', { id: 'workbench-key-form' }, 'Curators: ');
  if (config.issuer) {
    const oidc = el('button', { type: 'button', id: 'workbench-oidc' }, 'Sign in with the identity provider');
    oidc.addEventListener('click', () => {
      startSignIn(config, `${location.pathname}${location.search}`).catch((err: unknown) =>
        signInBar(el, bar, config, onSignedIn, explain(err)),
      );
    });
    form.append(oidc, ' or ');
  }
  form.append(key, el('button', { type: 'submit' }, 'Use key'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    credential = useKey(key.value.trim());
    key.value = '';
    void onSignedIn();
  });
  const parts: Array<Node> = [form];
  if (said !== '')
    parts.push(el('p', { class: 'status error', role: 'alert', id: 'workbench-sign-in-message' }, said));
  bar.replaceChildren(...parts);
}

/** Sets the workbench up once the source is on the page: sign-in, then the mentions and the selection's form. */
export function startWorkbench(el: El, source: string, text: HTMLElement, panel: HTMLElement): void {
  const bar = document.getElementById('workbench-sign-in');
  sourceId = source;
  credential = currentCredential();
  let config: SignInConfig = { issuer: null, audience: null, clientId: null };
  const ready = async (): Promise<void> => {
    if (!credential) {
      workbench.signedIn = false;
      if (bar) signInBar(el, bar, config, ready);
      workbench.answers++;
      return;
    }
    const c = credential;
    try {
      const viewer = (await gql(CurateViewerDocument, {}, c)).viewer;
      if (!viewer) throw new ApiError('the API sees no credentials', 401, 'UNAUTHENTICATED');
      workbench.signedIn = true;
      workbench.actor = viewer.actor;
      const signOutButton = el('button', { type: 'button', id: 'workbench-sign-out' }, 'Sign out');
      signOutButton.addEventListener('click', () => {
        signOut();
        credential = null;
        workbench.actor = null;
        form = null;
        panel.hidden = true;
        CSS.highlights.delete('mention');
        void ready();
      });
      bar?.replaceChildren(
        el(
          'span',
          { class: 'signed-in', id: 'workbench-who' },
          `Signed in as ${viewer.actor} (${viewer.roles.length > 0 ? viewer.roles.join(', ') : 'reader'}, ${c.kind === 'key' ? 'API key' : 'OpenID'}): select text, or click an underlined name, to propose a fact. `,
        ),
        signOutButton,
      );
    } catch (err) {
      // A refused credential (401) ends the session here as on /curate: the bar asks again, saying why. Any other
      // failure (the API down, a 5xx) keeps the stored credential for the next load.
      if (err instanceof ApiError && err.status === 401) signOut();
      credential = null;
      workbench.signedIn = false;
      workbench.message = explain(err);
      if (bar) signInBar(el, bar, config, ready, workbench.message);
      workbench.answers++;
      return;
    }
    try {
      if (mentions.length === 0) mentions = await loadMentions(source);
      workbench.mentions = mentions.length;
      highlightMentions(text);
    } catch (err) {
      workbench.message = explain(err);
    }
    workbench.answers++;
  };
  // Mentions are highlights, not elements: a click is placed in the text by the caret under the pointer.
  const mentionAt = (x: number, y: number): Mention | null => {
    const caret = document.caretPositionFromPoint(x, y);
    const node = caret?.offsetNode;
    const para = (node instanceof Element ? node : node?.parentElement)?.closest('section[data-section] > p');
    if (!caret || !node || !para || !text.contains(para)) return null;
    const before = document.createRange();
    before.setStart(para, 0);
    before.setEnd(node, caret.offset);
    const at = before.toString().length;
    const section = para.parentElement?.getAttribute('data-section') ?? '';
    return mentions.find((m) => m.section === section && m.start <= at && at < m.end) ?? null;
  };
  text.addEventListener('mousemove', (e) => {
    if (credential) text.style.cursor = mentionAt(e.clientX, e.clientY) ? 'pointer' : '';
  });
  // A click on a mention, told from a drag that selects text by the pointer not moving. The mention is found at
  // mousedown, before anything reflows the text (a cited passage's own click handler opens the side panel, and the
  // point would then lie over other words), and taken at the click in the capture phase, before that handler; a
  // mention taken is not also looked up (the look-up would replace the form being filled). A click inside a
  // selection keeps the selection's form: the browser collapses the selection only after the click.
  let down: { x: number; y: number; mention: Mention | null } | null = null;
  const isClick = (e: MouseEvent) =>
    down !== null && e.detail === 1 && Math.abs(e.clientX - down.x) < 4 && Math.abs(e.clientY - down.y) < 4;
  text.addEventListener(
    'mousedown',
    (e) => {
      down = credential ? { x: e.clientX, y: e.clientY, mention: mentionAt(e.clientX, e.clientY) } : null;
    },
    { capture: true },
  );
  text.addEventListener(
    'click',
    (e) => {
      const m = isClick(e) ? down?.mention : null;
      down = null;
      if (!credential || !m) return;
      e.stopPropagation();
      if (!form?.root.isConnected)
        openForm(el, panel, { section: m.section, excerpt: m.text, offset: m.start });
      form?.take(m);
    },
    { capture: true },
  );
  text.addEventListener('mouseup', (e) => {
    if (!credential || isClick(e)) return;
    const sel = selectionIn(text);
    if (sel) openForm(el, panel, sel);
  });
  void (async () => {
    try {
      config = (await (await fetch('/curate/config.json')).json()) as SignInConfig;
    } catch {
      // Without the settings only the API key is offered; the key still works.
    }
    await ready();
  })();
}
