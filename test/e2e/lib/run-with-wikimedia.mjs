// The body of the e2e runners whose cards look up the fake Wikimedia server (knowledge, hostile, private windows,
// motion and colours): the browser from argv, the servers, one or more browser launches, closing lines, exit code,
// and a hard cap on the whole run so a hung browser can never hang the test command.
import path from 'node:path';
import { startFakeWikimedia } from '../../fixtures/wikimedia/server.ts';
import { createSuite, report } from './harness.mjs';
import { ROOT } from './paths.mjs';
import { startServer } from './server.mjs';
import { WIKIMEDIA_PORT } from './wikimedia-port.mjs';

/** `chromium` or `firefox` from the command line, and the e2e build to load; exits with usage otherwise. */
export function browserFromArgs(script) {
  const which = process.argv[2];
  if (which !== 'chromium' && which !== 'firefox') {
    console.log(`usage: ${script} chromium|firefox`);
    process.exit(2);
  }
  const extDir =
    process.env.BACKSTORY_E2E_EXT ??
    path.join(ROOT, '.output/e2e', which === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  return { which, extDir };
}

/**
 * Runs each launch in turn with its scenarios; `define` may return an object with `close()` to run before the
 * browser closes.
 * @param {{ title: string, which: string, capSeconds: number, wikimedia?: object,
 *   runs: { launch: () => Promise<any>, define: (suite: any, options: any) => any }[] }} options
 */
export async function runWithWikimedia({ title, which, capSeconds, wikimedia: wikimediaOptions = {}, runs }) {
  const cap = setTimeout(() => {
    console.log(`FAIL  ${title} e2e: over ${capSeconds} s; aborted`);
    report({ passed: 0, failed: 1, skipped: 0 });
    process.exit(1); // the browser libraries kill their browsers on exit
  }, capSeconds * 1000);

  const counts = { passed: 0, failed: 0, skipped: 0 };
  let wikimedia;
  let server;
  try {
    wikimedia = await startFakeWikimedia({ port: WIKIMEDIA_PORT, ...wikimediaOptions });
    server = await startServer();
    for (const run of runs) {
      let driver;
      let scenarios;
      try {
        driver = await run.launch();
        const suite = createSuite(`e2e ${title}, ${which} (${driver.extensionOrigin})`);
        scenarios = run.define(suite, { driver, server, wikimedia });
        const result = await suite.run();
        for (const key of Object.keys(counts)) counts[key] += result[key];
      } finally {
        await scenarios?.close?.().catch(() => {});
        await driver?.close().catch(() => {});
      }
    }
  } catch (error) {
    console.log(`FAIL  ${title} e2e (${which}): ${String(error?.message ?? error).split('\n')[0]}`);
    counts.failed++;
  } finally {
    await server?.close().catch(() => {});
    await wikimedia?.close().catch(() => {});
  }
  clearTimeout(cap);
  report(counts);
  process.exitCode = counts.failed > 0 ? 1 : 0;
}
