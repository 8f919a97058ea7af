import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPath, missingBrowser } from '../../e2e/lib/browsers.mjs';

const NOWHERE = '/nonexistent/backstory-test-browser';

describe('the e2e browsers', () => {
  it("are Debian's, unless an environment variable names another", () => {
    expect(browserPath('chromium', {})).toBe('/usr/bin/chromium');
    expect(browserPath('firefox', {})).toBe('/usr/bin/firefox-esr');
    expect(browserPath('firefox', { BACKSTORY_FIREFOX: '/opt/firefox/firefox' })).toBe('/opt/firefox/firefox');
  });

  it('say which package to install when missing', () => {
    expect(missingBrowser('chromium', { BACKSTORY_CHROMIUM: NOWHERE })).toMatch(/apt-get install chromium\b/);
    expect(missingBrowser('firefox', { BACKSTORY_FIREFOX: NOWHERE })).toMatch(/apt-get install firefox-esr\b/);
    expect(missingBrowser('chromium', { BACKSTORY_CHROMIUM: process.execPath })).toBeNull();
  });

  it.each([
    ['chromium', 'BACKSTORY_CHROMIUM', 'test/e2e/run-chromium.mjs', 'chromium'],
    ['firefox', 'BACKSTORY_FIREFOX', 'test/e2e/run-firefox.mjs', 'firefox-esr'],
  ])(
    'make the %s run fail with what to install, not a launch error',
    (_, variable, runner, pkg) => {
      // A build is there, so the browser is the only thing missing.
      const build = mkdtempSync(join(tmpdir(), 'backstory-build-'));
      writeFileSync(join(build, 'manifest.json'), '{}');
      const run = spawnSync(process.execPath, [runner], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, [variable]: NOWHERE, BACKSTORY_E2E_EXT: build },
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`apt-get install ${pkg}`);
      expect(run.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
      // Node loading the browser libraries takes seconds on a busy machine.
    },
    60_000,
  );
});
