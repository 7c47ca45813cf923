// The review page (/curate, docs/how-to/CURATION.md): sign in (OpenID with PKCE, or an API key), then the open
// change-sets, each operation's diff and evidence, accept or reject with a comment; one's own change-sets and
// their states, and withdrawing an open one. Every refusal of the API is shown as it came, with its code.
import {
  CurateNodeDocument,
  CurateQueueDocument,
  CurateReviewDocument,
  CurateViewerDocument,
  CurateWithdrawDocument,
  type CurateQueueQuery,
  type ReviewDecision,
} from '../../operations/generated/graphql.js';
import { ApiError, gql } from './api.js';
import { el, namedIds, parseOperation, renderOperation, type Known } from './operations.js';
import {
  currentCredential,
  finishSignIn,
  isCallback,
  signOut,
  startSignIn,
  useKey,
  type Credential,
  type SignInConfig,
} from './sign-in.js';

type ChangeSet = CurateQueueQuery['changeSets']['edges'][number]['node'];

export interface CurateState {
  status: 'loading' | 'signed-out' | 'ready' | 'error';
  actor: string | null;
  roles: string[];
  queue: string[];
  mine: Array<{ id: string; state: string }>;
  message: string;
  /** Bumped after every action's answer is shown, so a test can wait for it. */
  answers: number;
}
const state: CurateState = {
  status: 'loading',
  actor: null,
  roles: [],
  queue: [],
  mine: [],
  message: '',
  answers: 0,
};
(window as unknown as { __icatCurate: CurateState }).__icatCurate = state;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const who = byId<HTMLElement>('who');
const message = byId<HTMLElement>('message');
const signInBox = byId<HTMLElement>('sign-in');
const work = byId<HTMLElement>('work');
const signOutButton = byId<HTMLButtonElement>('sign-out');
let credential: Credential | null = null;
let config: SignInConfig = { issuer: null, audience: null, clientId: null };

function say(text: string, kind: 'error' | 'ok' = 'error'): void {
  state.message = text;
  message.textContent = text;
  message.className = `message ${kind}`;
  message.hidden = text === '';
}

/** An API refusal in words: what the status and code mean, then the API's own message (what to do). */
function explain(err: unknown): string {
  if (err instanceof ApiError) {
    const head =
      err.status === 401 || err.code === 'UNAUTHENTICATED'
        ? 'Not signed in, or the sign-in is no longer valid'
        : err.status === 403 || err.code === 'FORBIDDEN'
          ? 'Refused'
          : 'The API answered with an error';
    return `${head} (${err.status || 'no answer'}${err.code ? ` ${err.code}` : ''}): ${err.message}`;
  }
  return (err as Error).message;
}

function showSignedOut(): void {
  credential = null;
  state.status = 'signed-out';
  state.actor = null;
  state.roles = [];
  who.textContent = 'Not signed in';
  signInBox.hidden = false;
  work.hidden = true;
  signOutButton.hidden = true;
}

/** Refused credentials end the session: the page asks for new ones. */
function failed(err: unknown): void {
  say(explain(err));
  if (err instanceof ApiError && err.status === 401) {
    signOut();
    showSignedOut();
  }
}

async function namesFor(changeSets: ChangeSet[]): Promise<Map<string, Known>> {
  const ids = new Set<string>();
  for (const cs of changeSets)
    for (const text of cs.operations) for (const id of namedIds(parseOperation(text))) ids.add(id);
  const known = new Map<string, Known>();
  await Promise.all(
    [...ids].map(async (id) => {
      const data = await gql(CurateNodeDocument, { id }, credential);
      if (data.node) known.set(id, data.node as Known);
    }),
  );
  return known;
}

function stateBadge(cs: ChangeSet): HTMLElement {
  return el('span', { class: `badge ${cs.state.toLowerCase()}` }, cs.state);
}

function renderCard(cs: ChangeSet, known: Map<string, Known>, own: boolean, list: string): HTMLElement {
  const card = el('article', { class: 'card', 'data-change-set': cs.id, 'data-state': cs.state });
  card.append(
    el(
      'header',
      {},
      el('h3', {}, cs.comment),
      stateBadge(cs),
      el(
        'p',
        { class: 'meta' },
        `${cs.id} · proposed by ${cs.author} at ${cs.proposedAt}`,
        ...(cs.reviewer ? [` · decided by ${cs.reviewer} at ${cs.reviewedAt ?? '?'}`] : []),
      ),
    ),
  );
  if (cs.reviewComment) card.append(el('p', { class: 'review-comment' }, `Review: ${cs.reviewComment}`));
  card.append(
    el('ol', { class: 'operations' }, ...cs.operations.map((t) => renderOperation(parseOperation(t), known))),
  );
  if (cs.diff.length > 0)
    card.append(
      el(
        'details',
        {},
        el('summary', {}, `What accepting it changed (${cs.diff.length} lines)`),
        el('pre', { class: 'applied-diff' }, cs.diff.join('\n')),
      ),
    );
  if (cs.state !== 'PROPOSED') return card;
  const actions = el('div', { class: 'actions' });
  if (!own || state.roles.includes('reviewer')) {
    const commentId = `${list}-comment-${cs.id}`;
    const comment = el('textarea', { id: commentId, rows: '2', maxlength: '2000' });
    const decide = (decision: ReviewDecision, label: string) => {
      const b = el('button', { type: 'button', class: decision.toLowerCase() }, label);
      b.addEventListener('click', () => void review(cs.id, decision, comment.value));
      return b;
    };
    actions.append(
      el('label', { for: commentId }, 'Comment'),
      comment,
      decide('ACCEPT', 'Accept'),
      decide('REJECT', 'Reject'),
    );
  }
  if (own) {
    const w = el('button', { type: 'button', class: 'withdraw' }, 'Withdraw');
    w.addEventListener('click', () => void withdraw(cs.id));
    actions.append(w);
  }
  card.append(actions);
  return card;
}

function fill(host: HTMLElement, cards: HTMLElement[], empty: string): void {
  host.replaceChildren(...(cards.length > 0 ? cards : [el('p', { class: 'empty' }, empty)]));
}

async function refresh(): Promise<void> {
  const [open, mine] = await Promise.all([
    gql(CurateQueueDocument, { state: 'PROPOSED', first: 50 }, credential),
    gql(CurateQueueDocument, { author: state.actor, first: 50 }, credential),
  ]);
  const openSets = open.changeSets.edges.map((e) => e.node);
  const mineSets = mine.changeSets.edges.map((e) => e.node);
  const known = await namesFor([...openSets, ...mineSets]);
  state.queue = openSets.map((c) => c.id);
  state.mine = mineSets.map((c) => ({ id: c.id, state: c.state }));
  fill(
    byId('queue'),
    openSets.map((cs) => renderCard(cs, known, cs.author === state.actor, 'queue')),
    'No open proposals.',
  );
  fill(
    byId('mine'),
    mineSets.map((cs) => renderCard(cs, known, true, 'mine')),
    'You have proposed nothing yet.',
  );
}

async function review(id: string, decision: ReviewDecision, comment: string): Promise<void> {
  try {
    const data = await gql(
      CurateReviewDocument,
      { id, decision, comment: comment.trim() === '' ? null : comment },
      credential,
    );
    const p = data.reviewChange;
    if (p.userErrors.length > 0)
      say(
        `${decision === 'ACCEPT' ? 'Not accepted' : 'Not rejected'}: ${p.userErrors.map((e) => `${e.message} (${e.code})`).join('; ')}`,
      );
    else
      say(
        decision === 'ACCEPT'
          ? `Accepted ${id}: the graph is now at version ${p.datasetVersion ?? '?'}`
          : `Rejected ${id}`,
        'ok',
      );
    await refresh();
  } catch (err) {
    failed(err);
  } finally {
    state.answers++;
  }
}

async function withdraw(id: string): Promise<void> {
  try {
    const p = (await gql(CurateWithdrawDocument, { id }, credential)).withdrawChange;
    if (p.userErrors.length > 0)
      say(`Not withdrawn: ${p.userErrors.map((e) => `${e.message} (${e.code})`).join('; ')}`);
    else say(`Withdrew ${id}`, 'ok');
    await refresh();
  } catch (err) {
    failed(err);
  } finally {
    state.answers++;
  }
}

/** With a credential: who it is, then the lists. */
async function enter(c: Credential): Promise<void> {
  credential = c;
  const viewer = (await gql(CurateViewerDocument, {}, c)).viewer;
  if (!viewer) throw new ApiError('The API sees no credentials', 401, 'UNAUTHENTICATED');
  state.actor = viewer.actor;
  state.roles = viewer.roles;
  who.textContent = `Signed in as ${viewer.actor} (${viewer.roles.length > 0 ? viewer.roles.join(', ') : 'reader'}, ${c.kind === 'key' ? 'API key' : 'OpenID'})`;
  signInBox.hidden = true;
  work.hidden = false;
  signOutButton.hidden = false;
  await refresh();
  state.status = 'ready';
}

byId<HTMLFormElement>('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = byId<HTMLInputElement>('key');
  const key = input.value.trim();
  input.value = '';
  say('');
  enter(useKey(key)).catch((err: unknown) => {
    signOut();
    showSignedOut();
    say(explain(err));
  });
});
byId('oidc-sign-in').addEventListener('click', () => {
  say('');
  startSignIn(config).catch((err: unknown) => say(explain(err)));
});
signOutButton.addEventListener('click', () => {
  signOut();
  showSignedOut();
  say('Signed out.', 'ok');
});

async function main(): Promise<void> {
  try {
    const res = await fetch('/curate/config.json');
    config = (await res.json()) as SignInConfig;
  } catch {
    say('The server’s sign-in settings (/curate/config.json) cannot be read: is the server running?');
  }
  if (config.issuer) {
    byId('oidc').hidden = false;
    byId('oidc-issuer').textContent = `At ${config.issuer}; you come back here after signing in.`;
  }
  try {
    let c: Credential | null;
    if (isCallback()) {
      const done = await finishSignIn(config);
      // A sign-in started on /source: back there, signed in (the token is in this tab's sessionStorage).
      if (done.returnTo) return location.replace(done.returnTo);
      c = done.credential;
    } else c = currentCredential();
    if (!c) {
      showSignedOut();
      return;
    }
    await enter(c);
  } catch (err) {
    signOut();
    showSignedOut();
    say(explain(err));
  }
}

void main();
