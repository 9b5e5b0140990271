// Layers: the engine is pure (no browser, no DOM, no other layer); content-script code never imports UI code and
// UI code never imports page code. These rules make a wrong import fail `npm run lint` instead of a review.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent; nothing from a page or a rule is HTML.' },
        { property: 'outerHTML', message: 'Set text with textContent; nothing from a page or a rule is HTML.' },
        { property: 'insertAdjacentHTML', message: 'Set text with textContent; nothing is inserted as HTML.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: forbid(['@/src/page/*', '@/src/ui/*', '@/src/storage/*', '@/src/background/*', '#imports', 'wxt/*'], 'The engine is pure: no browser, no storage, no other layer.'),
  },
  { files: ['src/page/**/*.ts'], rules: forbid(['@/src/ui/*'], 'Content-script code does not import UI code.') },
  { files: ['src/ui/**/*.ts'], rules: forbid(['@/src/page/*'], 'UI code does not import content-script code.') },
);
