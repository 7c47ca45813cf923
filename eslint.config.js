// Flat config: the recommended type-aware rules, plus the few we care about most.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/generated/',
      'neo4j-embedded/',
      'coverage/',
      'web/vendor/',
      'web/dist/',
      '.data/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `any` defeats the generated resolver types; use `unknown` and narrow.
      '@typescript-eslint/no-explicit-any': 'error',
      // Unused values are usually a bug; a leading underscore marks an intentional one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Logs go through pino, never straight to the console.
      'no-console': ['error', { allow: ['error'] }],
    },
  },
);
