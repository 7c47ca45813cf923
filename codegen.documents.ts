import type { CodegenConfig } from '@graphql-codegen/cli';

type Output = CodegenConfig['generates'][string];

/**
 * The operations this project ships (operations/: the cookbook, the pages', the warm-up's and the benchmark's
 * documents), typed by graphql-codegen's client preset. Its `persistedDocuments` hashes each document (sha256 of
 * its canonical print) into persisted-documents.json, `{ "sha256:<hex>": "<document>" }`: the trusted-documents
 * manifest (TRUSTED_DOCUMENTS). The compiler's test documents (operations/compiler/) are typed too, but are not
 * served: they stay out of the manifest.
 */
export const SHIPPED_DOCUMENTS = ['operations/**/*.graphql', '!operations/compiler/**'];
export const COMPILER_DOCUMENTS = ['operations/compiler/*.graphql'];

const typed = (documents: string[], persisted: boolean): Output => ({
  documents,
  preset: 'client',
  presetConfig: {
    fragmentMasking: false,
    ...(persisted ? { persistedDocuments: { hashAlgorithm: 'sha256' } } : {}),
  },
  config: {
    // Plain strings, sent with fetch(): no GraphQL client and no graphql-js in the pages.
    documentMode: 'string',
    emitLegacyCommonJSImports: false,
    useTypeImports: true,
    enumsAsTypes: true,
    strictScalars: true,
    scalars: {
      URL: 'string',
      NonEmptyString: 'string',
      PositiveInt: 'number',
      NonNegativeInt: 'number',
      LocalDate: 'string',
      DateTime: 'string',
    },
  },
});

/** The generated outputs codegen.ts writes and `npm run codegen:check` checks. */
export const OPERATIONS_OUTPUTS: CodegenConfig['generates'] = {
  'operations/generated/': typed(SHIPPED_DOCUMENTS, true),
  'operations/generated/compiler/': typed(COMPILER_DOCUMENTS, false),
};

// `npm run documents:manifest`: the same manifest (operations/generated/persisted-documents.json, checked in) also
// written to build/documents/, the path docs/how-to/OPERATIONS.md gives TRUSTED_DOCUMENTS.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: { 'build/documents/': typed(SHIPPED_DOCUMENTS, true) },
};

export default config;
