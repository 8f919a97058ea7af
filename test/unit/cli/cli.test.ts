import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { InputError, readInput } from '../../../src/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** Runs the real CLI (the same command as `npm run analyze`). */
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('arguments', () => {
  it('parses the documented options and refuses the rest', () => {
    expect(parseArgs(['a.txt', '--json', '--published', '2020-10-05', '--url', 'https://x.example/a'])).toEqual({
      input: 'a.txt',
      json: true,
      published: '2020-10-05',
      url: 'https://x.example/a',
      help: false,
    });
    expect(() => parseArgs(['--published', 'October'])).toThrow(UsageError);
    expect(() => parseArgs(['--bogus'])).toThrow(UsageError);
    expect(() => parseArgs(['a', 'b'])).toThrow(UsageError);
  });
});

describe('reading input', () => {
  it('refuses missing, empty, binary and oversized files with a clear message', () => {
    expect(() => readInput(join(dir, 'nope.txt'))).toThrow(/no such file/);
    expect(() => readInput(file('empty.txt', ''))).toThrow(/empty/);
    expect(() => readInput(file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])))).toThrow(/binary/);
    expect(() => readInput(file('big.txt', Buffer.alloc(11 * 1024 * 1024, 'a')))).toThrow(InputError);
  });
});

describe('the command', { timeout: 60_000 }, () => {
  it('prints exactly one JSON object whose offsets index the input verbatim', () => {
    const text = 'Iraqi Foreign Minister Fuad Hussein met Mike Pompeo in Washington on Monday, officials said.\n';
    const r = cli([file('a.txt', text), '--json', '--published', '2020-10-05']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual([
      'schema',
      'title',
      'url',
      'published',
      'language',
      'text',
      'entities',
      'attributions',
      'events',
    ]);
    expect(out.text).toBe(text);
    expect(out.entities.length).toBeGreaterThan(0);
    for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const a of out.attributions) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('gives a valid empty analysis for non-English text', () => {
    const r = cli(
      ['-', '--json'],
      "Les députés ont adopté le projet de loi sur le renseignement lors d'un vote solennel, mardi, à l'Assemblée nationale.",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.language).not.toBe('en');
    expect(out.entities).toEqual([]);
  });

  it('fails cleanly, without a stack trace, on bad input', () => {
    for (const args of [[join(dir, 'missing.html')], [file('e.txt', '')], ['--nope']]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^backstory: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
