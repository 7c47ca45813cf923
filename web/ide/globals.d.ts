// The few parts of the UMD globals (React 18, ReactDOM 18, GraphiQL 4) the IDE script uses.

interface ReactElementLike {
  readonly type: unknown;
}
type Child = ReactElementLike | string | number | null | undefined | false | Child[];
type Component<P> = (props: P) => ReactElementLike | null;

interface ReactGlobal {
  createElement<P>(type: string | Component<P>, props?: P | null, ...children: Child[]): ReactElementLike;
  useState<T>(initial: T): [T, (next: T) => void];
}

interface ReactDomGlobal {
  createRoot(el: Element): { render(node: ReactElementLike): void };
}

interface CodeMirrorLike {
  getValue(): string;
  setValue(value: string): void;
}

interface EditorContext {
  addTab(): void;
  queryEditor: CodeMirrorLike | null;
  variableEditor: CodeMirrorLike | null;
  tabs: Array<{ query: string | null }>;
  activeTabIndex: number;
}

interface GraphiQLPlugin {
  title: string;
  icon: Component<Record<string, never>>;
  content: Component<Record<string, never>>;
}

interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

interface GraphiQLGlobal extends Component<Record<string, unknown>> {
  Logo: Component<{ children?: Child }>;
  createFetcher(options: { url: string }): (params: FetcherParams) => Promise<unknown>;
  React: {
    useEditorContext(options: { nonNull: true }): EditorContext;
  };
}

interface CookbookEntry {
  file: string;
  name: string;
  title: string;
  question: string;
  query: string;
}

declare const React: ReactGlobal;
declare const ReactDOM: ReactDomGlobal;
declare const GraphiQL: GraphiQLGlobal;
/** Compiled in by web/build.mjs from operations/cookbook/*.graphql. */
declare const __COOKBOOK__: CookbookEntry[];

interface Window {
  __icatIde?: { cookbook: string[]; ready: boolean };
}
