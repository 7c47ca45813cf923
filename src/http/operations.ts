import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ExpectedFailure } from '../errors.js';
import { ROOT } from '../paths.js';

/**
 * The shipped operations: one GraphQL document per file under operations/ (CONTRIBUTING, "Operations"). The
 * cookbook, the pages', the warm-up's, the benchmark's and the compiler tests' documents are read from here; the
 * typed documents and the trusted-documents manifest are generated from the same files (codegen.documents.ts).
 * A file's leading `# @tag …` comment lines are its annotations: `# @hot` marks a document the warm-up runs,
 * `# Question: …` a cookbook question.
 */

export const OPERATIONS_DIR = resolve(ROOT, 'operations');

export interface OperationFile {
  /** Path under operations/, with `/`: `cookbook/01-co-chairs-by-year.graphql`. */
  file: string;
  /** The operation's name. */
  name: string;
  /** The file as written (comments included): what the IDE shows and the cookbook test runs. */
  text: string;
  /** The text with the fragments it spreads from other files appended: a document that runs by itself. */
  document: string;
  /** The parsed operation. */
  operation: OperationDefinitionNode;
  /** `# @tag value` comment lines, in order: `{ tag: 'hot', value: '' }`. */
  annotations: Array<{ tag: string; value: string }>;
}

/** A file under operations/ that is not one named operation (or lends a fragment no file defines). */
export class OperationFileError extends ExpectedFailure {
  override name = 'OperationFileError';
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? e.name === 'generated'
          ? []
          : graphqlFiles(join(dir, e.name))
        : e.name.endsWith('.graphql')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

const cache = new Map<string, OperationFile[]>();

/**
 * Every operation under `operations/<folder>` (all of them when no folder is given), sorted by path. One named
 * operation per file; files of fragments alone lend their fragments to the others. Read once per process.
 */
export function readOperations(folder = '', dir = OPERATIONS_DIR): OperationFile[] {
  const key = `${dir}\0${folder}`;
  const known = cache.get(key);
  if (known) return known;
  const parsed = graphqlFiles(dir).map((path) => {
    const text = readFileSync(path, 'utf8');
    const file = relative(dir, path).split('\\').join('/');
    let doc: DocumentNode;
    try {
      doc = parse(text);
    } catch (err) {
      throw new OperationFileError(`operations/${file} does not parse: ${(err as Error).message}`);
    }
    return { file, text, doc };
  });
  const fragments = new Map<string, string>();
  for (const { doc, text } of parsed)
    for (const d of doc.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION && d.loc)
        fragments.set(d.name.value, text.slice(d.loc.start, d.loc.end));
  const operations = parsed.flatMap(({ file, text, doc }): OperationFile[] => {
    const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length === 0) return [];
    const operation = ops[0]!;
    if (ops.length > 1 || !operation.name)
      throw new OperationFileError(
        `operations/${file}: one named operation per file (the file's name for it)`,
      );
    return [
      {
        file,
        name: operation.name.value,
        text,
        document: withFragments(text, doc, fragments, file),
        operation,
        annotations: annotations(text),
      },
    ];
  });
  const result = folder
    ? operations.filter((o) => o.file.startsWith(`${folder.replace(/\/$/, '')}/`))
    : operations;
  cache.set(key, result);
  return result;
}

/** The fragments a document spreads but does not define, found in other files (transitively), appended. */
function withFragments(
  text: string,
  doc: DocumentNode,
  fragments: Map<string, string>,
  file: string,
): string {
  const defined = new Set(
    doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  const added: string[] = [];
  const spreads = (node: DocumentNode) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  const pending = spreads(doc);
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (defined.has(name)) continue;
    const source = fragments.get(name);
    if (source === undefined)
      throw new OperationFileError(
        `operations/${file} spreads ...${name}, which no file under operations/ defines`,
      );
    defined.add(name);
    added.push(source);
    pending.push(...spreads(parse(source)));
  }
  return added.length === 0 ? text : `${text.trimEnd()}\n\n${added.join('\n\n')}\n`;
}

/** The comment lines before the operation that read `# @tag value`. */
function annotations(text: string): Array<{ tag: string; value: string }> {
  const found: Array<{ tag: string; value: string }> = [];
  for (const line of text.split('\n')) {
    const m = /^#\s*@([\w-]+)\s*(.*)$/.exec(line.trim());
    if (m) found.push({ tag: m[1]!, value: m[2]!.trim() });
  }
  return found;
}

/** The operation of a folder with this name; a clear error when there is none. */
export function operationNamed(name: string, folder = ''): OperationFile {
  const found = readOperations(folder).find((o) => o.name === name);
  if (!found) throw new OperationFileError(`no operation ${name} under operations/${folder}`);
  return found;
}
