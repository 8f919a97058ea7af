// `web-ext lint` on the Firefox build (npm run lint:firefox [DIR], default .output/firefox-mv2). Gates on
// errors only: Preact itself triggers innerHTML warnings, so warnings are listed but do not fail
// (see ../shared/docs/browser-testing.md).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.resolve(process.argv[2] ?? path.join(ROOT, '.output/firefox-mv2'));
const WEB_EXT = path.join(ROOT, 'node_modules/.bin/web-ext');

function fail(message) {
  console.log(`lint:firefox FAILED: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(SOURCE, 'manifest.json'))) fail(`no build in ${SOURCE}: run \`npm run build\` first`);

const run = spawnSync(
  WEB_EXT,
  ['lint', '--source-dir', SOURCE, '--output', 'json', '--no-config-discovery', '--boring'],
  {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120000,
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (run.error) fail(String(run.error.message));

let result;
try {
  result = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  fail(`web-ext printed no JSON (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 500)}`);
}

for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of result[kind] ?? []) {
    const where = m.file ? ` ${m.file}${m.line ? `:${m.line}` : ''}` : '';
    console.log(`${kind.slice(0, -1).padEnd(7)} ${m.code}${where}: ${m.message}`);
  }
}
const { errors = 0, warnings = 0, notices = 0 } = result.summary ?? {};
console.log(
  `web-ext lint ${path.relative(ROOT, SOURCE) || '.'}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
);
process.exit(errors === 0 ? 0 : 1);
