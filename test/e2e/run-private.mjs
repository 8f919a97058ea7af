// Private windows end to end: `node --import tsx test/e2e/run-private.mjs chromium|firefox`. Needs the e2e build
// (`npm run build:e2e`), whose look-ups go to the fake Wikimedia server started here, with answers the HTTP
// cache may keep (max-age), so a stored look-up shows as a request that never came.
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { browserFromArgs, runWithWikimedia } from './lib/run-with-wikimedia.mjs';
import { definePrivateWindowScenarios } from './specs/private-window.mjs';

const { which, extDir } = browserFromArgs('run-private.mjs');
const launch = which === 'chromium' ? launchChromium : launchFirefox;
await runWithWikimedia({
  title: 'private windows',
  which,
  capSeconds: 180,
  wikimedia: { maxAgeSeconds: 3600 },
  runs: [{ launch: () => launch({ extDir, allowPrivate: true }), define: definePrivateWindowScenarios }],
});
