// The GraphQL IDE: GraphiQL (UMD globals) with the cookbook of saved questions as a side-panel plugin, and
// evidence urls in its answers that open the source page.
import { linkEvidenceUrls } from './evidence-links.js';

const h = React.createElement;
const cookbook = __COOKBOOK__;

// GraphiQL opens an empty tab synchronously and fills its editors on the next render; write after that.
function openInNewTab(editor: EditorContext, entry: CookbookEntry): void {
  const current = editor.queryEditor?.getValue().trim() ?? '';
  const reuse = current === '' || cookbook.some((e) => e.query.trim() === current);
  if (!reuse) editor.addTab();
  const fill = () => {
    editor.queryEditor?.setValue(entry.query);
    editor.variableEditor?.setValue('');
  };
  if (reuse) fill();
  else setTimeout(fill, 0);
}

function CookbookPanel(): ReactElementLike {
  const editor = GraphiQL.React.useEditorContext({ nonNull: true });
  return h(
    'section',
    { className: 'cookbook', 'aria-label': 'Cookbook' },
    h('h2', null, 'Cookbook'),
    h(
      'p',
      null,
      'Questions about the ICAT 2019 Chairs’ Report, answered from the graph. Pick one, then run it (Ctrl-Enter).',
    ),
    h(
      'ol',
      null,
      cookbook.map((entry) =>
        h(
          'li',
          { key: entry.file },
          h(
            'button',
            { type: 'button', 'data-cookbook': entry.name, onClick: () => openInNewTab(editor, entry) },
            h('strong', null, entry.title),
            h('span', null, entry.question),
          ),
        ),
      ),
    ),
  );
}

function BookIcon(): ReactElementLike {
  return h(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: '1em',
      height: '1em',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      'aria-hidden': true,
    },
    h('path', { d: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5Z' }),
    h('path', { d: 'M4 19a2 2 0 0 1 2-2h13M8 7h7M8 10.5h5' }),
  );
}

const cookbookPlugin: GraphiQLPlugin = { title: 'Cookbook', icon: BookIcon, content: CookbookPanel };

function whenPresent(selector: string, then: (el: HTMLElement) => void, triesLeft = 100): void {
  const found = document.querySelector<HTMLElement>(selector);
  if (found) then(found);
  else if (triesLeft > 0) setTimeout(() => whenPresent(selector, then, triesLeft - 1), 30);
}

function start(): void {
  const root = document.getElementById('ide');
  if (!root) return;
  if (typeof GraphiQL === 'undefined' || typeof React === 'undefined') {
    root.innerHTML = '<p class="ide-error">The IDE scripts did not load. Is the server serving /assets/?</p>';
    return;
  }
  const params = new URLSearchParams(location.search);
  const query = params.get('query') ?? undefined;
  const variables = params.get('variables') ?? undefined;
  const props: Record<string, unknown> = {
    fetcher: GraphiQL.createFetcher({ url: `${location.origin}/graphql` }),
    plugins: [cookbookPlugin],
    defaultQuery: cookbook[0]?.query ?? '{ relationTypeCounts { type count } }',
    defaultEditorToolsVisibility: variables ? 'variables' : false,
  };
  if (query) props.query = query;
  if (variables) props.variables = variables;
  const logo = h(
    GraphiQL.Logo,
    null,
    h('a', { href: '/graphql' }, 'icat-kg'),
    h('small', null, 'ICAT 2019 Chairs’ Report · ', h('a', { href: '/network' }, 'network page')),
  );
  ReactDOM.createRoot(root).render(h(GraphiQL, props, logo));
  linkEvidenceUrls();
  // GraphiQL 4 lays out its plugin pane once, before a `visiblePlugin` prop applies; its own sidebar button
  // opens the pane properly, so press it once the IDE is drawn.
  if (!query) whenPresent('button[aria-label="Show Cookbook"]', (button) => button.click());
  window.__icatIde = { cookbook: cookbook.map((e) => e.name), ready: true };
}

start();
