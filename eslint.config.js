// Flat config: the recommended type-aware rules, plus the few we care about most.
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.venv-formats/',
      'src/generated/',
      'neo4j-embedded/',
      'coverage/',
      'build/',
      '.cache/',
      'web/vendor/',
      'web/dist/',
      'examples/typescript/gql/',
      'operations/generated/',
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
  {
    // Tests must be able to fail: none focused or skipped, every test asserts, no assertion that may not run,
    // and no promise left floating (an un-awaited check passes whatever it finds).
    files: ['test/**/*.ts'],
    plugins: { jest },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/no-conditional-expect': 'error',
      // Helpers named expect… assert on their own.
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
      'jest/valid-title': 'error',
      'jest/valid-expect': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
);
