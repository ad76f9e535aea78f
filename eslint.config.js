// Lint (`npm run lint` → `eslint .`): @eslint/js recommended + typescript-eslint recommended (not
// type-aware: `tsc -p tsconfig.json` already type-checks, and this stays fast on 2 cores).
// House rules: no console in shipped sources, no committed `.only`, no eval/new Function (strict-CSP
// partner pages must work).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'fetch', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone', 'TextEncoder',
    'TextDecoder', 'performance', 'globalThis', 'MessageChannel', 'Blob', 'FormData', 'crypto', 'atob', 'btoa'].map((name) => [name, 'readonly']),
);
const browserGlobals = Object.fromEntries(
  ['window', 'document', 'navigator', 'location', 'customElements', 'HTMLElement', 'Element', 'Node', 'Event', 'CustomEvent', 'requestAnimationFrame',
    'localStorage', 'sessionStorage', 'history', 'matchMedia', 'getComputedStyle', 'ShadowRoot', 'DOMException', 'CSS',
    'ResizeObserver', 'IntersectionObserver', 'MutationObserver', 'FileReader', 'Worker'].map((name) => [name, 'readonly']),
);

const ONLY = ['describe', 'it', 'test', 'suite', 'context'].map((object) => ({
  object,
  property: 'only',
  message: 'Do not commit .only: it silently skips every other test.',
}));

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '**/coverage/', '**/.cache/', 'docs/api/', 'test/screenshots/', 'test/.scratch/', 'packages/*/custom-elements.json']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...nodeGlobals, ...browserGlobals },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-properties': ['error', ...ONLY],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: partner pages run under strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: partner pages run under strict CSP.' },
        { selector: "CallExpression[callee.name='Function']", message: 'No Function(): partner pages run under strict CSP.' },
      ],
      'no-implied-eval': 'error',
      'no-console': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Shipped code: a console call is a bug (libraries must not write to a partner's console).
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/*/src/**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Scripts, tests, CLIs, configs and examples talk to a terminal.
    files: ['packages/*/scripts/**', 'packages/*/test/**', 'packages/*/bin/**', 'packages/*/src/**/*.test.ts', 'test/**', 'examples/**', '*.config.{js,mjs}'],
    rules: { 'no-console': 'off' },
  },
  {
    // chai property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/*test-helpers.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Benchmarks run with --expose-gc / in a page that exposes gc().
    files: ['test/bench/**'],
    languageOptions: { globals: { gc: 'readonly' } },
  },
]);
