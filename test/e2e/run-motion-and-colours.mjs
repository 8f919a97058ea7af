// Reduced motion and forced colours end to end: `node --import tsx test/e2e/run-motion-and-colours.mjs
// chromium|firefox` (the e2e build, `npm run build:e2e`; its cards look up the fake Wikimedia server started here).
// Chromium emulates each setting on the page (CDP); Firefox's WebDriver BiDi cannot, so Firefox is launched
// once per setting with the preference a reader sets: `ui.prefersReducedMotion`, and
// `browser.display.document_color_use` = 2 ("override the colours specified by the page: always"), which
// is what makes Firefox match `forced-colors: active`.
import path from 'node:path';
import { startFakeWikimedia } from '../fixtures/wikimedia/server.ts';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { createSuite, report } from './lib/harness.mjs';
import { ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { WIKIMEDIA_PORT } from './lib/wikimedia-port.mjs';
import {
  defineForcedColoursScenarios,
  defineMotionScenarios,
  defineReducedMotionScrollScenario,
} from './specs/motion-and-colours.mjs';

const which = process.argv[2];
if (which !== 'chromium' && which !== 'firefox') {
  console.log('usage: run-motion-and-colours.mjs chromium|firefox');
  process.exit(2);
}
const extDir =
  process.env.BACKSTORY_E2E_EXT ?? path.join(ROOT, '.output/e2e', which === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
const cap = setTimeout(() => {
  console.log('FAIL  reduced motion and forced colours e2e: over 240 s; aborted');
  report({ passed: 0, failed: 1, skipped: 0 });
  process.exit(1);
}, 240000);

const none = async () => {};
/** Each browser run: how to launch it, and which settings its scenarios see. */
const runs =
  which === 'chromium'
    ? [
        {
          launch: () => launchChromium({ extDir }),
          define: (suite, options) => {
            const emulate = (media) => (page) => page.emulateMedia(media);
            defineMotionScenarios(
              suite,
              { ...options, emulate: emulate({ reducedMotion: 'reduce' }) },
              { reduce: true },
            );
            defineReducedMotionScrollScenario(suite, { ...options, emulate: emulate({ reducedMotion: 'reduce' }) });
            defineMotionScenarios(
              suite,
              { ...options, emulate: emulate({ reducedMotion: 'no-preference' }) },
              { reduce: false },
            );
            defineForcedColoursScenarios(suite, { ...options, emulate: emulate({ forcedColors: 'active' }) });
          },
        },
      ]
    : [
        {
          launch: () => launchFirefox({ extDir, prefs: { 'ui.prefersReducedMotion': 1 } }),
          define: (suite, options) => {
            defineMotionScenarios(suite, { ...options, emulate: none }, { reduce: true });
            defineReducedMotionScrollScenario(suite, { ...options, emulate: none });
          },
        },
        {
          launch: () => launchFirefox({ extDir, prefs: { 'browser.display.document_color_use': 2 } }),
          define: (suite, options) => {
            defineMotionScenarios(suite, { ...options, emulate: none }, { reduce: false });
            defineForcedColoursScenarios(suite, { ...options, emulate: none });
          },
        },
      ];

const counts = { passed: 0, failed: 0, skipped: 0 };
let wikimedia;
let server;
try {
  wikimedia = await startFakeWikimedia({ port: WIKIMEDIA_PORT });
  server = await startServer();
  for (const run of runs) {
    let driver;
    try {
      driver = await run.launch();
      const suite = createSuite(`e2e reduced motion and forced colours, ${which} (${driver.extensionOrigin})`);
      run.define(suite, { driver, server });
      const result = await suite.run();
      for (const key of Object.keys(counts)) counts[key] += result[key];
    } finally {
      await driver?.close().catch(() => {});
    }
  }
} catch (error) {
  console.log(
    `FAIL  reduced motion and forced colours e2e (${which}): ${String(error?.message ?? error).split('\n')[0]}`,
  );
  counts.failed++;
} finally {
  await server?.close().catch(() => {});
  await wikimedia?.close().catch(() => {});
}
clearTimeout(cap);
report(counts);
process.exitCode = counts.failed > 0 ? 1 : 0;
