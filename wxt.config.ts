import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// End-to-end test builds talk to a fake Wikimedia server on 127.0.0.1 (see test/fixtures/wikimedia) and go
// to their own output folder, so a release build never carries the test address or its permission.
const testWikimedia = process.env.WXT_TEST_WIKIMEDIA_BASE;

export default defineConfig({
  ...(testWikimedia ? { outDir: '.output/e2e' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
    // Test-only hooks (the card's state for e2e tests) exist only in e2e builds: false here drops their code.
    define: { 'import.meta.env.BACKSTORY_E2E': JSON.stringify(Boolean(testWikimedia)) },
    // Chrome rejects content scripts that are not valid UTF-8 text (U+FFFF in minified deps): emit ASCII.
    esbuild: { charset: 'ascii' },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Context while you read the news: who is who, vague attributions, earlier events, your highlights.',
    // Each permission is justified in the README ("Permissions").
    permissions: ['contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [
      'https://en.wikipedia.org/*',
      'https://www.wikidata.org/*',
      ...(testWikimedia ? ['http://127.0.0.1/*'] : []),
    ],
    commands: {
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Save the selected text as a highlight',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Show or hide Backstory marks on this page',
      },
    },
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              // 140 (the ESR) is the first desktop Firefox that reads data_collection_permissions; Firefox for
              // Android reads it from 142. Nothing else we use needs more (web-ext lint checks both).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
