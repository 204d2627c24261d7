import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

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
    // The pure domain must not reach for frameworks or databases: dependencies point inward.
    files: ['libs/catalogue/**/*.ts', 'libs/scoring/**/*.ts', 'libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', '@kurrent/*', '@dti/event-store', '@dti/read-model', '@dti/platform'] },
      ],
    },
  },
);
