// Reduced motion and forced colours end to end: `node --import tsx test/e2e/run-motion-and-colours.mjs
// chromium|firefox` (the e2e build, `npm run build:e2e`; its cards look up the fake Wikimedia server started here).
// Chromium emulates each setting on the page (CDP); Firefox's WebDriver BiDi cannot, so Firefox is launched
// once per setting with the preference a reader sets: `ui.prefersReducedMotion`, and
// `browser.display.document_color_use` = 2 ("override the colours specified by the page: always"), which
// is what makes Firefox match `forced-colors: active`.
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { browserFromArgs, runWithWikimedia } from './lib/run-with-wikimedia.mjs';
import {
  defineForcedColoursScenarios,
  defineMotionScenarios,
  defineReducedMotionScrollScenario,
} from './specs/motion-and-colours.mjs';

const { which, extDir } = browserFromArgs('run-motion-and-colours.mjs');
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

await runWithWikimedia({ title: 'reduced motion and forced colours', which, capSeconds: 240, runs });
