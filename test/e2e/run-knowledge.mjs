// Issue 5's cards end to end: `node --import tsx test/e2e/run-knowledge.mjs chromium|firefox`.
// Needs the e2e build (`npm run build:e2e`), whose look-ups go to the fake Wikimedia server started here.
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { browserFromArgs, runWithWikimedia } from './lib/run-with-wikimedia.mjs';
import { defineKnowledgeScenarios } from './specs/knowledge.mjs';

const { which, extDir } = browserFromArgs('run-knowledge.mjs');
const launch = which === 'chromium' ? launchChromium : launchFirefox;
await runWithWikimedia({
  title: 'knowledge cards',
  which,
  capSeconds: 180,
  runs: [{ launch: () => launch({ extDir }), define: defineKnowledgeScenarios }],
});
