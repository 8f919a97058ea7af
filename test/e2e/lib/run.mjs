// The body of the two main e2e runners (run-chromium, run-firefox): server, browser, scenarios, closing lines, exit code, and a hard cap on
// the whole run so a hung browser can never hang the test command.
import { createSuite, report } from './harness.mjs';
import { startServer } from './server.mjs';
import { defineScenarios } from '../specs/scenarios.mjs';

const RUN_CAP_MS = Number(process.env.BACKSTORY_E2E_CAP_MS ?? 300000);

/**
 * @param {{ title: string, launch: () => Promise<any>, launchPlain: () => Promise<any>,
 *   closedShadowText?: (driver: any) => (page: any) => Promise<string | null>,
 *   stopBackground?: (driver: any) => () => Promise<void>,
 *   emulateColorScheme?: (page: any, scheme: 'light' | 'dark') => Promise<void> }} options
 */
export async function runE2E({ title, launch, launchPlain, closedShadowText, stopBackground, emulateColorScheme }) {
  const cap = setTimeout(() => {
    console.log(`FAIL  ${title}: the whole run took over ${RUN_CAP_MS} ms; aborted`);
    report({ passed: 0, failed: 1, skipped: 0 });
    process.exit(1); // the browser libraries kill their browsers on exit
  }, RUN_CAP_MS);

  const started = Date.now();
  let server;
  let driver;
  let scenarios;
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    server = await startServer();
    driver = await launch();
    const suite = createSuite(`${title} (${driver.extensionOrigin})`);
    scenarios = defineScenarios(suite, {
      driver,
      server,
      launchPlain,
      closedShadowText: closedShadowText?.(driver),
      stopBackground: stopBackground?.(driver),
      emulateColorScheme,
    });
    counts = await suite.run();
  } catch (error) {
    console.log(`FAIL  ${title}: ${String(error?.message ?? error).split('\n')[0]}`);
    counts = { ...counts, failed: counts.failed + 1 };
  } finally {
    await scenarios?.close().catch(() => {});
    await driver?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
  clearTimeout(cap);
  console.log(`# ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  report(counts);
  process.exitCode = counts.failed > 0 ? 1 : 0;
}
