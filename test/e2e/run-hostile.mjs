// Issue 10's hostile pages end to end: `node test/e2e/run-hostile.mjs chromium|firefox`.
// Needs the e2e build (`npm run build:e2e`), whose look-ups go to the fake Wikimedia server started here
// (the tests count its requests: none may come without the reader's own input).
import path from 'node:path';
import { startFakeWikimedia } from '../fixtures/wikimedia/server.ts';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { createSuite, report } from './lib/harness.mjs';
import { ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { WIKIMEDIA_PORT } from './lib/wikimedia-port.mjs';
import { defineHostileScenarios } from './specs/hostile.mjs';

const which = process.argv[2];
const launch = { chromium: launchChromium, firefox: launchFirefox }[which];
if (!launch) {
  console.log('usage: run-hostile.mjs chromium|firefox');
  process.exit(2);
}
const extDir =
  process.env.BACKSTORY_E2E_EXT ?? path.join(ROOT, '.output/e2e', which === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
const cap = setTimeout(() => {
  console.log('FAIL  hostile pages e2e: over 240 s; aborted');
  report({ passed: 0, failed: 1, skipped: 0 });
  process.exit(1);
}, 240000);

let counts = { passed: 0, failed: 0, skipped: 0 };
let wikimedia;
let server;
let driver;
try {
  wikimedia = await startFakeWikimedia({ port: WIKIMEDIA_PORT });
  server = await startServer();
  driver = await launch({ extDir });
  const suite = createSuite(`e2e hostile pages, ${which} (${driver.extensionOrigin})`);
  defineHostileScenarios(suite, { driver, server, wikimedia });
  counts = await suite.run();
} catch (error) {
  console.log(`FAIL  hostile pages e2e (${which}): ${String(error?.message ?? error).split('\n')[0]}`);
  counts = { ...counts, failed: counts.failed + 1 };
} finally {
  await driver?.close().catch(() => {});
  await server?.close().catch(() => {});
  await wikimedia?.close().catch(() => {});
}
clearTimeout(cap);
report(counts);
process.exitCode = counts.failed > 0 ? 1 : 0;
