// Private windows end to end: `node --import tsx test/e2e/run-private.mjs chromium|firefox`. Needs the e2e build
// (`npm run build:e2e`), whose look-ups go to the fake Wikimedia server started here, with answers the HTTP
// cache may keep (max-age), so a stored look-up shows as a request that never came.
import path from 'node:path';
import { startFakeWikimedia } from '../fixtures/wikimedia/server.ts';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { createSuite, report } from './lib/harness.mjs';
import { ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { WIKIMEDIA_PORT } from './lib/wikimedia-port.mjs';
import { definePrivateWindowScenarios } from './specs/private-window.mjs';

const which = process.argv[2];
const launch = { chromium: launchChromium, firefox: launchFirefox }[which];
if (!launch) {
  console.log('usage: run-private.mjs chromium|firefox');
  process.exit(2);
}
const extDir =
  process.env.BACKSTORY_E2E_EXT ?? path.join(ROOT, '.output/e2e', which === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
const cap = setTimeout(() => {
  console.log('FAIL  private windows e2e: over 180 s; aborted');
  report({ passed: 0, failed: 1, skipped: 0 });
  process.exit(1);
}, 180000);

let counts = { passed: 0, failed: 0, skipped: 0 };
let wikimedia;
let server;
let driver;
try {
  wikimedia = await startFakeWikimedia({ port: WIKIMEDIA_PORT, maxAgeSeconds: 3600 });
  server = await startServer();
  driver = await launch({ extDir, allowPrivate: true });
  const suite = createSuite(`e2e private windows, ${which} (${driver.extensionOrigin})`);
  definePrivateWindowScenarios(suite, { driver, server, wikimedia });
  counts = await suite.run();
} catch (error) {
  console.log(`FAIL  private windows e2e (${which}): ${String(error?.message ?? error).split('\n')[0]}`);
  counts = { ...counts, failed: counts.failed + 1 };
} finally {
  await driver?.close().catch(() => {});
  await server?.close().catch(() => {});
  await wikimedia?.close().catch(() => {});
}
clearTimeout(cap);
report(counts);
process.exitCode = counts.failed > 0 ? 1 : 0;
