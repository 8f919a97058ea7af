// `npm test`: unit tests, both builds, the Firefox lint, and the end-to-end tests in Chromium and Firefox.
// Prints a summary and, last, one plain line `N passed, N failed` (the sum over all steps); exits non-zero
// on any failure. Build and lint count as one check each; the test suites count their tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingBrowser } from '../test/e2e/lib/browsers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = path.join(ROOT, '.e2e-artifacts');
const VITEST_JSON = path.join(ARTIFACTS, 'vitest.json');
const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);

let current; // the running step: in its own process group, so that it and its browsers can be killed together
const killCurrent = () => {
  try {
    if (current) process.kill(-current.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killCurrent();
    process.exit(1);
  });
}

/** Runs a command with its output shown live; resolves with its exit code and captured stdout. */
function run(command, args, timeoutMs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
      env: { ...process.env, ...env },
    });
    current = child;
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => {
      console.log(`\n!! ${command} ${args.join(' ')}: killed after ${timeoutMs / 1000} s`);
      killCurrent();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, stdout: `${stdout}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: code ?? 1, stdout });
    });
  });
}

/** The counts of a runner's closing `N passed, N failed` line, or null. */
function closingCounts(stdout) {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
    if (m) return { passed: Number(m[1]), failed: Number(m[2]) };
  }
  return null;
}

const steps = [];
function record(name, result, detail, seconds) {
  steps.push({ name, ...result, detail, seconds });
}
const since = (t) => (Date.now() - t) / 1000;

function header(title) {
  console.log(`\n==== ${title} ====`);
}

fs.mkdirSync(ARTIFACTS, { recursive: true });

// A missing browser fails its steps with what to install, rather than with a launch error per test; said
// first too, so nobody waits for the builds to learn it.
const missing = Object.fromEntries(['chromium', 'firefox'].map((b) => [b, missingBrowser(b)]));
for (const message of Object.values(missing)) if (message) console.log(`!! ${message}`);

// 1. Unit tests: counts from vitest's JSON report (the console summary is for people).
{
  header('unit tests (vitest)');
  const t = Date.now();
  fs.rmSync(VITEST_JSON, { force: true });
  const { code } = await run(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
    600000,
  );
  let counts = { passed: 0, failed: 1 };
  let detail = `vitest exited ${code} without a JSON report`;
  if (fs.existsSync(VITEST_JSON)) {
    const report = JSON.parse(fs.readFileSync(VITEST_JSON, 'utf8'));
    const failedSuites = (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    counts = { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + failedSuites };
    detail = `${report.numTotalTests ?? 0} tests in ${(report.testResults ?? []).length} files${failedSuites ? `, ${failedSuites} files failed to run` : ''}`;
    if (code !== 0 && counts.failed === 0) counts.failed = 1; // e.g. no test files, or an unhandled error
  }
  record('unit (vitest)', counts, detail, since(t));
}

/**
 * Builds both browsers' extensions with an npm script and snapshots them: the lint and the e2e runs test
 * exactly this build even if another `npm run build` in the same checkout rewrites .output meanwhile.
 */
async function buildAndSnapshot(name, script, outputDir, snapshotName) {
  header(name);
  const t = Date.now();
  const snapshot = path.join(ARTIFACTS, snapshotName);
  const dirs = { chrome: path.join(snapshot, 'chrome-mv3'), firefox: path.join(snapshot, 'firefox-mv2') };
  const { code } = await run('npm', ['run', '--silent', script], 600000);
  let ok = false;
  if (code === 0) {
    fs.rmSync(snapshot, { recursive: true, force: true });
    for (const target of ['chrome-mv3', 'firefox-mv2']) {
      const from = path.join(ROOT, outputDir, target);
      if (fs.existsSync(path.join(from, 'manifest.json')))
        fs.cpSync(from, path.join(snapshot, target), { recursive: true });
    }
    ok = Object.values(dirs).every((dir) => fs.existsSync(path.join(dir, 'manifest.json')));
  }
  const detail =
    code !== 0 ? `exit ${code}` : ok ? 'ok' : '.output was changed by another build while this one finished';
  record(script, ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, detail, since(t));
  return { ok, dirs };
}

// 2. The release build.
const { ok: built, dirs: builds } = await buildAndSnapshot(
  'build (wxt, chrome-mv3 + firefox-mv2)',
  'build',
  '.output',
  'build',
);

// 3. Type-check everything (src, entrypoints, tests, evals): the build above generated WXT's types.
{
  header('typecheck (tsc --noEmit)');
  const t = Date.now();
  const { code, stdout } = await run(bin('tsc'), ['--noEmit', '-p', '.'], 300000);
  const errors = (stdout.match(/error TS\d+/g) ?? []).length;
  record(
    'typecheck',
    code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
    code === 0 ? 'ok' : `${errors} errors`,
    since(t),
  );
}

// Formatting and lint rules: Prettier (as configured in .prettierrc.json) and typescript-eslint.
for (const [name, command, args] of [
  ['prettier', bin('prettier'), ['--check', '.']],
  ['eslint', bin('eslint'), ['.']],
]) {
  header(`${name} (${[path.basename(command), ...args].join(' ')})`);
  const t = Date.now();
  const { code } = await run(command, args, 300000);
  record(
    name,
    code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
    code === 0 ? 'ok' : `exit ${code}`,
    since(t),
  );
}

// The e2e build: look-ups go to the fake Wikimedia server that run-knowledge.mjs and run-hostile.mjs start on 127.0.0.1.
const { ok: builtE2E, dirs: e2eBuilds } = await buildAndSnapshot(
  'build:e2e (fake Wikimedia address)',
  'build:e2e',
  '.output/e2e',
  'build-e2e',
);

// The release build carries none of the e2e build's test hooks (the card's state, the bench's messages, the fake
// Wikimedia address).
{
  header('release build: no test hooks');
  const t = Date.now();
  const found = built ? testHooksIn(Object.values(builds)) : ['not run: the build failed'];
  for (const line of found) console.log(line);
  record(
    'no test hooks',
    found.length === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
    found.length === 0 ? 'ok' : `${found.length} found`,
    since(t),
  );
}

/** Every script file of the given builds that mentions a test hook, as "file: hook". */
function testHooksIn(dirs) {
  const hooks = ['debug/ui-state', 'debug/marks', 'bench/record', 'bench/card', '127.0.0.1'];
  const found = [];
  const visit = (file) => {
    if (fs.statSync(file).isDirectory()) return fs.readdirSync(file).forEach((f) => visit(path.join(file, f)));
    if (!/\.(js|html|json)$/.test(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    for (const hook of hooks) if (text.includes(hook)) found.push(`${path.relative(ROOT, file)}: ${hook}`);
  };
  dirs.forEach(visit);
  return found;
}

// 4. web-ext lint on the Firefox build, 5. end-to-end tests: only meaningful on a fresh build.
const later = [
  {
    name: 'lint:firefox',
    args: ['scripts/lint-firefox.mjs', builds.firefox],
    env: {},
    timeout: 180000,
    ownCounts: false,
  },
  {
    name: 'e2e chromium',
    browser: 'chromium',
    args: ['test/e2e/run-chromium.mjs'],
    env: { BACKSTORY_E2E_EXT: e2eBuilds.chrome },
    timeout: 390000,
    ownCounts: true,
    needs: () => builtE2E,
  },
  {
    name: 'e2e firefox',
    browser: 'firefox',
    args: ['test/e2e/run-firefox.mjs'],
    env: { BACKSTORY_E2E_EXT: e2eBuilds.firefox },
    timeout: 390000,
    ownCounts: true,
    needs: () => builtE2E,
  },
  {
    name: 'cards chromium',
    browser: 'chromium',
    args: ['--import', 'tsx', 'test/e2e/run-knowledge.mjs', 'chromium'],
    env: { BACKSTORY_E2E_EXT: e2eBuilds.chrome },
    timeout: 240000,
    ownCounts: true,
    needs: () => builtE2E,
  },
  {
    name: 'cards firefox',
    browser: 'firefox',
    args: ['--import', 'tsx', 'test/e2e/run-knowledge.mjs', 'firefox'],
    env: { BACKSTORY_E2E_EXT: e2eBuilds.firefox },
    timeout: 240000,
    ownCounts: true,
    needs: () => builtE2E,
  },
  {
    name: 'hostile chromium',
    browser: 'chromium',
    args: ['--import', 'tsx', 'test/e2e/run-hostile.mjs', 'chromium'],
    env: { BACKSTORY_E2E_EXT: e2eBuilds.chrome },
    timeout: 300000,
    ownCounts: true,
    needs: () => builtE2E,
  },
  {
    name: 'hostile firefox',
    browser: 'firefox',
    args: ['--import', 'tsx', 'test/e2e/run-hostile.mjs', 'firefox'],
    env: { BACKSTORY_E2E_EXT: e2eBuilds.firefox },
    timeout: 300000,
    ownCounts: true,
    needs: () => builtE2E,
  },
  ...['chromium', 'firefox'].flatMap((browser) => [
    {
      name: `private ${browser}`,
      browser,
      args: ['--import', 'tsx', 'test/e2e/run-private.mjs', browser],
      env: { BACKSTORY_E2E_EXT: browser === 'chromium' ? e2eBuilds.chrome : e2eBuilds.firefox },
      timeout: 240000,
      ownCounts: true,
      needs: () => builtE2E,
    },
    {
      name: `motion+colours ${browser}`,
      browser,
      args: ['--import', 'tsx', 'test/e2e/run-motion-and-colours.mjs', browser],
      env: { BACKSTORY_E2E_EXT: browser === 'chromium' ? e2eBuilds.chrome : e2eBuilds.firefox },
      timeout: 300000,
      ownCounts: true,
      needs: () => builtE2E,
    },
  ]),
];
for (const step of later) {
  header(step.name);
  if (!built || (step.needs && !step.needs())) {
    console.log('not run: the build failed');
    record(step.name, { passed: 0, failed: 1 }, 'not run: the build failed', 0);
    continue;
  }
  if (step.browser && missing[step.browser]) {
    console.log(`not run: ${missing[step.browser]}`);
    record(step.name, { passed: 0, failed: 1 }, `not run: ${missing[step.browser]}`, 0);
    continue;
  }
  const t = Date.now();
  const { code, stdout } = await run(process.execPath, step.args, step.timeout, step.env);
  if (!step.ownCounts) {
    const last = stdout.trim().split('\n').pop() ?? '';
    record(step.name, code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, last, since(t));
    continue;
  }
  const counts = closingCounts(stdout) ?? { passed: 0, failed: 1 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  record(step.name, counts, code === 0 ? 'ok' : `exit ${code}`, since(t));
}

header('summary');
for (const s of steps) {
  console.log(
    `${s.failed ? 'FAIL' : 'ok  '}  ${s.name.padEnd(24)} ${`${s.passed} passed, ${s.failed} failed`.padEnd(22)} ${s.seconds.toFixed(1).padStart(6)} s  ${s.detail}`,
  );
}
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
