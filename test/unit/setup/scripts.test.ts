import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The shell commands an npm script runs, with `npm run X` replaced by X's own commands. */
function commands(script: string): string[] {
  return scripts[script]!.split('&&').flatMap((part) => {
    const command = part.trim();
    const nested = /^npm run (\S+)/.exec(command);
    return nested ? commands(nested[1]!) : [command];
  });
}

/** How often a script builds each browser: `wxt zip` builds before it zips. */
function builds(script: string): Record<string, number> {
  const count: Record<string, number> = { chrome: 0, firefox: 0 };
  for (const command of commands(script)) {
    const wxt = /\bwxt (build|zip)\b(.*)/.exec(command);
    if (wxt) count[/-b firefox\b/.test(wxt[2]!) ? 'firefox' : 'chrome']!++;
  }
  return count;
}

describe('npm scripts', () => {
  it('setup builds each browser once, and makes the store zips', () => {
    expect(builds('setup')).toEqual({ chrome: 1, firefox: 1 });
    expect(commands('setup').filter((c) => c.startsWith('wxt zip'))).toHaveLength(2);
  });

  it('build builds each browser once', () => {
    expect(builds('build')).toEqual({ chrome: 1, firefox: 1 });
  });
});
