import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the TypeScript example (graphql-codegen's client preset): every `graphql(`…`)` call in
// examples/typescript/*.ts becomes a TypedDocumentString whose result and variables types come from
// schema/*.graphql. Run from the repository root: `npm run codegen:examples` (`--check` in `npm run check`).
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['examples/typescript/*.ts', '!examples/typescript/codegen.ts'],
  ignoreNoDocuments: false,
  generates: {
    'examples/typescript/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings, sent with fetch(): no GraphQL client and no graphql-js at run time.
        documentMode: 'string',
        // `.js` in the generated imports, as Node's ESM resolution (module: NodeNext) needs.
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
    },
  },
};

export default config;
