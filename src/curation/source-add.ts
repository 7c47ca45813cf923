import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { decodeText, reportSectionMarkers, type SectionMarker } from '../ingest/source-text.js';
import type { Curation } from './index.js';
import type { OperationIn } from './plan.js';
import { proposeChange } from './use-cases.js';

/** `npm run source:add -- …` (SOURCE_ADD_USAGE): proposes a new source, or a new edition of one's text. */

export const SOURCE_ADD_USAGE = `Usage:
  npm run source:add -- --file <text.txt|text.md> --title <title> --publisher <publisher> --year <YYYY> --url <url>
        [--section "NAME=opening text" …] [--id source:<slug>] [--comment <why>]
      proposes a new source; without --section a Markdown text is cut at its headings (else one section TEXT)
  npm run source:add -- --file <text> --replaces <source id> [--section "NAME=opening text" …] [--comment <why>]
      proposes a new edition of a source's text (e.g. the report's text on a clone seeded without it);
      every cited passage is placed again, and those that cannot be are listed as orphans
Either is a change-set a reviewer accepts (reviewChange, or the /curate page). Works on the Neo4j at NEO4J_URI,
or the embedded one when NEO4J_URI is unset.`;

export interface SourceAddIo {
  db: Database;
  curation: Curation;
  operator: Principal;
  out: (line: string) => void;
  err: (line: string) => void;
  /** The report's source id: a new edition of it is cut by the report's own section markers. */
  reportId: string;
}

const usage = (io: SourceAddIo, message: string) => {
  io.err(`${message}\n\n${SOURCE_ADD_USAGE}`);
  return 2;
};

/** Runs the command; returns the exit code (2: the command was wrong; 1: the proposal was refused). */
export async function runSourceAdd(argv: string[], io: SourceAddIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        file: { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        year: { type: 'string' },
        url: { type: 'string' },
        id: { type: 'string' },
        section: { type: 'string', multiple: true },
        replaces: { type: 'string' },
        comment: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  if (values.help) {
    io.out(SOURCE_ADD_USAGE);
    return 0;
  }
  if (!values.file) return usage(io, 'Give the text: --file <path> (plain text or Markdown, UTF-8).');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(values.file);
  } catch (err) {
    return usage(
      io,
      `Cannot read ${values.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return usage(io, `${values.file}: ${decoded.problem}`);
  const sections: SectionMarker[] = [];
  for (const s of values.section ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0 || eq === s.length - 1)
      return usage(io, `--section ${JSON.stringify(s)}: write it as NAME=the text that opens the section`);
    sections.push({ name: s.slice(0, eq).trim(), marker: s.slice(eq + 1) });
  }
  let operation: OperationIn;
  let comment: string;
  if (values.replaces) {
    const extra = (['title', 'publisher', 'year', 'url', 'id'] as const).filter(
      (k) => values[k] !== undefined,
    );
    if (extra.length > 0)
      return usage(
        io,
        `--replaces keeps the source's description: drop ${extra.map((k) => `--${k}`).join(', ')}`,
      );
    const markers =
      sections.length > 0 ? sections : values.replaces === io.reportId ? reportSectionMarkers() : null;
    operation = { replaceSourceText: { id: values.replaces, text: decoded.text, sections: markers } };
    comment = values.comment ?? `A new edition of the text of ${values.replaces} (${values.file})`;
  } else {
    const missing = (['title', 'publisher', 'year', 'url'] as const).filter((k) => !values[k]);
    if (missing.length > 0)
      return usage(io, `A new source needs ${missing.map((k) => `--${k}`).join(', ')}.`);
    const year = Number(values.year);
    if (!Number.isInteger(year))
      return usage(io, `--year ${JSON.stringify(values.year)}: give the year as YYYY`);
    operation = {
      addSource: {
        id: values.id ?? null,
        title: values.title!,
        publisher: values.publisher!,
        year,
        url: values.url!,
        text: decoded.text,
        sections: sections.length > 0 ? sections : null,
      },
    };
    comment = values.comment ?? `Add the source “${values.title}” (${values.publisher}, ${year})`;
  }
  const outcome = await proposeChange(
    {
      db: io.db,
      curation: io.curation,
      principal: io.operator,
      requestId: undefined,
      idempotencyKey: undefined,
    },
    { comment, operations: [operation] },
    values.replaces ? 'proposeChange' : 'addSource',
  );
  if (outcome.userErrors.length > 0 || !outcome.changeSet) {
    io.err('The proposal was refused; nothing was written:');
    for (const e of outcome.userErrors)
      io.err(`  - ${e.path.slice(-1)[0] ?? 'input'}: ${e.message} (${e.code})`);
    return 1;
  }
  const kind = extname(values.file).toLowerCase() === '.md' ? 'Markdown' : 'text';
  io.out(
    `Proposed change-set ${outcome.changeSet.id} (${values.replaces ? `a new edition of ${values.replaces}` : 'a new source'}, from ${kind} ${values.file}).`,
  );
  io.out('A reviewer accepts it with reviewChange(id:, decision: ACCEPT) or on the /curate page.');
  return 0;
}
