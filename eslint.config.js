import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'tests/e2e/fixtures/dist', 'demo-screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Components hold React only: they read through lib/queries and write through its mutation
    // factories, never through the database or its repositories. lib/db/schema.ts (the zod
    // schemas, their types and constants, no database) is the one lib/db module they may use.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/lib/db/*',
                '**/lib/db/*',
                '!@/lib/db/schema',
                '@/lib/formats/transfer',
                '**/lib/formats/transfer',
              ],
              allowTypeImports: true,
              message: 'Components read and write through lib/queries (queries and mutation factories).',
            },
          ],
        },
      ],
    },
  },
);
