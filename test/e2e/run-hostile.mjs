// Issue 10's hostile pages end to end: `node test/e2e/run-hostile.mjs chromium|firefox`.
// Needs the e2e build (`npm run build:e2e`), whose look-ups go to the fake Wikimedia server started here
// (the tests count its requests: none may come without the reader's own input).
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { browserFromArgs, runWithWikimedia } from './lib/run-with-wikimedia.mjs';
import { defineHostileScenarios } from './specs/hostile.mjs';

const { which, extDir } = browserFromArgs('run-hostile.mjs');
const launch = which === 'chromium' ? launchChromium : launchFirefox;
await runWithWikimedia({
  title: 'hostile pages',
  which,
  capSeconds: 240,
  runs: [{ launch: () => launch({ extDir }), define: defineHostileScenarios }],
});
