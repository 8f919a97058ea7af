// End-to-end tests in Debian's Firefox ESR with .output/firefox-mv2 installed (npm run test:e2e:firefox).
import { launchFirefox, launchPlainFirefox } from './lib/firefox.mjs';
import { runE2E } from './lib/run.mjs';

await runE2E({
  title: 'e2e firefox',
  launch: () => launchFirefox(process.env.BACKSTORY_E2E_EXT ? { extDir: process.env.BACKSTORY_E2E_EXT } : {}),
  launchPlain: launchPlainFirefox,
});
