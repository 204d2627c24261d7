import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Dependencies point inward: nothing imports an application (issue 11). A relative path reaching into apps/ or into
 * another app's src (apps/cli's '../../../../api/src/…') is refused; shared code belongs in a library (libs/).
 * libs/import-graph.unit.spec.ts checks the same on the resolved import graph.
 */
const NO_APP_IMPORTS = {
  regex: '(^|/)(apps/|(api|projector|web|cli)/src(/|$))',
  message: 'Nothing imports apps/: move the shared code into a library (libs/) and import it by its @dti/ alias.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'var/**', 'apps/web/src/api/schema.d.ts', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The browser application: React's rules of hooks; it talks to the API only through the generated client.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', '@dti/event-store', '@dti/read-model', '@dti/platform', '@dti/domain'] }],
    },
  },
  {
    // Libraries, the other apps, the bench and the scripts never import an application's code.
    files: ['libs/**/*.ts', 'apps/cli/**/*.ts', 'apps/projector/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP_IMPORTS] }] },
  },
  {
    // Builds the API's OpenAPI document, so it needs the API's own module: the one allowed import of apps/api.
    files: ['scripts/generate-api-types.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The pure domain must not reach for frameworks or databases: dependencies point inward. (This block's
    // no-restricted-imports replaces the one above for these files, so it repeats NO_APP_IMPORTS.)
    files: ['libs/catalogue/**/*.ts', 'libs/scoring/**/*.ts', 'libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', '@kurrent/*', '@dti/event-store', '@dti/read-model', '@dti/platform'] },
            NO_APP_IMPORTS,
          ],
        },
      ],
    },
  },
);
