import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { z } from 'zod';
import { ExpectedFailure } from '../errors.js';

/**
 * Trusted documents (an optional production mode, TRUSTED_DOCUMENTS=<manifest>): only operations registered in the
 * manifest run. The manifest is graphql-codegen's client-preset `persisted-documents.json`, generated from the
 * shipped operations (operations/, checked in as operations/generated/persisted-documents.json; `npm run
 * documents:manifest` writes it to build/documents/): `{ "sha256:<hex>": "<document>" }`, each document printed in
 * its canonical form. A client sends the id (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`), or
 * the text of a registered document, which is recognised by the hash of its canonical form.
 */

export class TrustedDocumentsError extends ExpectedFailure {
  override name = 'TrustedDocumentsError';
}

export interface TrustedDocuments {
  size: number;
  /** The registered document for an id, if any. */
  byId(id: string): string | undefined;
  /** The id of a document text, when it is registered (in any formatting), else undefined. */
  idOfText(text: string, maxTokens: number): string | undefined;
}

const Manifest = z.record(z.string(), z.string().min(1, { message: 'must be a document, not empty' }));
const ID = /^sha256:[0-9a-f]{64}$/;

/** The id of a document, as the client preset computes it: sha256 of its canonical printed form. */
export function documentId(text: string, maxTokens?: number): string {
  const canonical = printExecutableGraphQLDocument(parse(text, maxTokens ? { maxTokens } : {}));
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

export function loadTrustedDocuments(path: string): TrustedDocuments {
  const fail = (why: string) =>
    new TrustedDocumentsError(
      `TRUSTED_DOCUMENTS=${path}: ${why}. Use the manifest of the shipped operations, operations/generated/persisted-documents.json, or build it with \`npm run documents:manifest\` (it writes build/documents/persisted-documents.json), or unset TRUSTED_DOCUMENTS to accept any operation.`,
    );
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw fail(`cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw fail('is not JSON');
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(
      `is not a persisted-documents manifest (${issue?.path.join('.') || 'top level'}: ${issue?.message})`,
    );
  }
  const documents = new Map(Object.entries(parsed.data));
  if (documents.size === 0) throw fail('registers no document');
  const badKey = [...documents.keys()].find((id) => !ID.test(id));
  if (badKey !== undefined)
    throw fail(
      `the id ${JSON.stringify(badKey.slice(0, 80))} is not "sha256:" and 64 hex digits (keys must be)`,
    );
  for (const [id, text] of documents) {
    let actual: string;
    try {
      actual = documentId(text);
    } catch {
      throw fail(`the document registered as ${id} does not parse`);
    }
    if (actual !== id) throw fail(`the document registered as ${id} hashes to ${actual}`);
  }
  return {
    size: documents.size,
    byId: (id) => documents.get(id),
    idOfText(text, maxTokens) {
      try {
        const id = documentId(text, maxTokens);
        return documents.has(id) ? id : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** A GraphQL request's fields as they arrive (POST body or GET parameters). */
export interface RequestFields {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type Resolution = { ok: true; query: string } | { ok: false; code: string; message: string };

/** Which registered document a request runs, or why it runs none. */
export function resolveTrustedDocument(
  trusted: TrustedDocuments,
  request: RequestFields,
  maxTokens: number,
): Resolution {
  const apq =
    request.extensions !== null &&
    typeof request.extensions === 'object' &&
    'persistedQuery' in request.extensions
      ? (request.extensions.persistedQuery as { sha256Hash?: unknown } | null)?.sha256Hash
      : undefined;
  const id =
    typeof request.documentId === 'string'
      ? request.documentId
      : typeof apq === 'string'
        ? `sha256:${apq}`
        : undefined;
  if (id !== undefined) {
    const query = trusted.byId(id);
    if (query !== undefined) return { ok: true, query };
    return {
      ok: false,
      code: 'PERSISTED_QUERY_NOT_FOUND',
      message: `No registered operation has the id ${JSON.stringify(id.slice(0, 80))}: this server runs only the operations in its trusted-documents manifest.`,
    };
  }
  if (typeof request.query === 'string' && request.query.length > 0) {
    const registered = trusted.idOfText(request.query, maxTokens);
    if (registered !== undefined) return { ok: true, query: trusted.byId(registered)! };
  }
  return {
    ok: false,
    code: 'TRUSTED_DOCUMENT_REQUIRED',
    message:
      'This server runs only registered operations (trusted documents): send the `documentId` of an operation from its manifest, or the text of a registered operation.',
  };
}
