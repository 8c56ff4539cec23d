import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// core/ is pure and browser-safe: it must not reach for I/O, the process or the clock.
const coreRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['node:*'], message: 'core/ is pure: no Node built-ins.' },
        {
          group: ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'process'],
          message: 'core/ is pure: no Node built-ins.',
        },
        {
          group: ['**/store/**', '**/server/**', '**/cli/**', '**/web/**'],
          message: 'core/ imports nothing of ours outside core/.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'core/ is pure: pass configuration in.' },
    { name: 'fetch', message: 'core/ is pure: no network.' },
    { name: 'console', message: 'core/ is pure: return data, let the edges print.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'core/ takes time as a `now` argument.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'core/ takes time as a `now` argument.',
    },
    {
      selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
      message: 'core/ is deterministic.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Tests of core may use the platform to prove core agrees with it; the code under test may not.
  // The bin is CommonJS on purpose (ADR 0002).
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['src/core/**/*.ts'], ignores: ['src/core/**/*.test.ts'], rules: coreRestrictions },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '**/store/**', '**/cli/**'],
              message: 'web/ talks to the server only through its API client.',
            },
          ],
        },
      ],
    },
  },
);
