// Type-aware linting: the rules that matter here are the ones a type checker alone misses
// (floating promises, unsafe `any` flowing into typed code, misused async callbacks).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated code (codegen output) and local data are not linted; ESLint does not read .gitignore.
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'test-output/',
      '.data/',
      '.data-*/',
      '.test-data/',
      '.bench/',
      '.bench-data/',
      'neo4j/target/',
      'src/graphql/generated/',
      'dashboard/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Apollo hooks, context factories and async iterables must return promises; `async` without `await` is how they do.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
