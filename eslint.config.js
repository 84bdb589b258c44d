import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';

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
