import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run documents:manifest`: the trusted-documents manifest (TRUSTED_DOCUMENTS) from the operations this
// project ships — the cookbook and the examples. graphql-codegen's client preset hashes each document (sha256)
// and writes persisted-documents.json as { "<hash>": "<document>" }; typed documents come alongside.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['docs/cookbook/*.graphql', 'examples/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'build/documents/': {
      preset: 'client',
      presetConfig: {
        persistedDocuments: { hashAlgorithm: 'sha256' },
        fragmentMasking: false,
      },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
