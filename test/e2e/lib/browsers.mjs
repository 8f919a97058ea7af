// The browsers the e2e tests drive: Debian's packages, or another build named by an environment variable.
import fs from 'node:fs';

export const BROWSERS = {
  chromium: { name: 'Chromium', env: 'BACKSTORY_CHROMIUM', path: '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: {
    name: 'Firefox ESR',
    env: 'BACKSTORY_FIREFOX',
    path: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
};

/** Where the browser is expected: its environment variable, else Debian's path. */
export function browserPath(which, env = process.env) {
  const browser = BROWSERS[which];
  return env[browser.env] || browser.path;
}

/** What to install when the browser is not there (a launch error would not say), or null when it is. */
export function missingBrowser(which, env = process.env) {
  const browser = BROWSERS[which];
  const executable = browserPath(which, env);
  if (fs.existsSync(executable)) return null;
  return (
    `${browser.name} is not installed at ${executable}: install it with ` +
    `\`apt-get install ${browser.debianPackage}\` (as root), or set ${browser.env} to another build's executable`
  );
}

/** The browser's executable; throws with what to install when it is missing. */
export function requireBrowser(which) {
  const missing = missingBrowser(which);
  if (missing) throw new Error(missing);
  return browserPath(which);
}
