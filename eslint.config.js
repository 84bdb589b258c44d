import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';

/** [element type, where it lives], lowest layer first (see boundaries/dependencies below). */
export const LAYERS = [
  ['domain', 'src/domain'],
  // The table of interface languages is plain data, below everything that formats.
  ['locales', 'src/i18n/locales'],
  ['lib', 'src/lib'],
  ['i18n', 'src/i18n'],
  ['import', 'src/import'],
  ['store', 'src/store'],
  // Shared UI knows nothing of how datasets load.
  ['components', 'src/components'],
  ['queries', 'src/queries'],
  ['pwa', 'src/pwa'],
  ['feature', 'src/features/*'],
  ['app', 'src/app'],
];
// src/main.tsx, above them all, is not an element: what it imports is not checked.

/**
 * Type-only imports allowed against the order: lib takes a translator (`Translator`) and its
 * locale as arguments, so it may name i18n's types, never call into its runtime.
 */
const TYPES_ALLOWED = { lib: ['i18n'] };

/** The layer order, enforced (and tested by tests/unit/build/layers.test.ts). */
export const layerRules = {
  // The layers, lowest first; each may import only from the layers before it (and itself).
  // Features never import each other: app/ composes them, shared state goes through the store.
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    'boundaries/elements': LAYERS.map(([type, pattern]) =>
      type === 'feature' ? { type, pattern, capture: ['name'] } : { type, pattern },
    ),
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          '{{from.type}} may not import {{to.type}}: imports run domain → lib → store/queries → features → app (see LAYERS in eslint.config.js)',
        policies: [
          ...LAYERS.map(([type], i) => ({
            from: { element: { type } },
            // A feature's own files import each other freely; another feature, never.
            allow: [
              ...LAYERS.slice(0, i).map(([lower]) => lower),
              ...(type === 'feature' ? [] : [type]),
            ].map((to) => ({ to: { element: { type: to } } })),
          })),
          ...Object.entries(TYPES_ALLOWED).map(([type, targets]) => ({
            from: { element: { type } },
            allow: targets.map((to) => ({
              to: { element: { type: to } },
              dependency: { kind: 'type' },
            })),
          })),
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'coverage',
      'reports',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      jsxA11y.flatConfigs.recommended,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { dropped: _, ...kept } = x` is how an object loses fields without a copy loop.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import D3 by submodule (d3-scale, d3-time, …).' }],
        },
      ],
    },
  },
  {
    // Layering: domain/ and lib/ are plain TypeScript, no React and no DOM gestures.
    files: ['src/domain/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import D3 by submodule.' },
            { name: 'react', message: 'domain/ and lib/ are React-free.' },
            { name: 'd3-selection', message: 'Only gesture hooks touch the DOM.' },
            { name: 'd3-zoom', message: 'Only gesture hooks touch the DOM.' },
          ],
        },
      ],
    },
  },
  layerRules,
  {
    // Tests index into fixtures they built themselves; a failed lookup fails the test anyway.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.js'],
    extends: [js.configs.recommended],
    // Scripts run in Node; the benchmark also ships functions into the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
