import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, parseArgs, USAGE, UsageError } from '../../../src/cli/args';
import { createProgress } from '../../../src/cli/progress';
import { InputError, readInput } from '../../../src/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
// Built as `npm run build:cli` builds dist/, inside the project so that jsdom resolves from node_modules.
const build = join('.scratch', `cli-test-${process.pid}`);
beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', build], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(build, { recursive: true, force: true }));

/** Runs the compiled CLI as `npx backstory` does. */
function cli(args: string[], input?: string, bundle = join(build, 'backstory.mjs')) {
  const r = spawnSync(process.execPath, [bundle, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const TEXT = 'Iraqi Foreign Minister Fuad Hussein met Mike Pompeo in Washington on Monday, officials said.\n';
const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `${`<p>${TEXT} The talks in Baghdad went on for hours, and Hussein later told reporters that the two sides had agreed to meet again.</p>`.repeat(4)}` +
  `</article></body></html>`;

describe('arguments', () => {
  it('parses the documented options and refuses the rest', () => {
    expect(
      parseArgs(['analyze', 'a.txt', '--json', '--published', '2020-10-05', '--url', 'https://x.example/a']),
    ).toEqual({
      inputs: ['a.txt'],
      lists: [],
      json: true,
      published: '2020-10-05',
      url: 'https://x.example/a',
      jobs: null,
      help: false,
    });
    expect(parseArgs(['analyze', '--jobs', '3', 'pages/']).jobs).toBe(3);
    expect(() => parseArgs(['analyze', '--jobs', '0'])).toThrow(UsageError);
    expect(parseArgs(['analyze', 'a.txt', 'pages/', '-', '--list', 'saved.txt']).inputs).toEqual([
      'a.txt',
      'pages/',
      '-',
    ]);
    expect(parseArgs(['--help']).help).toBe(true);
    expect(() => parseArgs(['analyze', '--published', 'October'])).toThrow(UsageError);
    expect(() => parseArgs(['analyze', '--bogus'])).toThrow(UsageError);
    expect(() => parseArgs(['analyze', 'a', 'b', '--url', 'https://x.example/'])).toThrow(/exactly one/);
    expect(() => parseArgs(['a.txt'])).toThrow(/unknown command/);
    expect(() => parseArgs([])).toThrow(UsageError);
  });

  it('--help documents every option with an example, and every exit code', () => {
    for (const flag of ['--json', '--published', '--url', '--list', '--jobs']) {
      const block = USAGE.slice(USAGE.indexOf(`  ${flag}`)).split(/\n {2}(?=-)/)[0]!;
      expect(block, flag).toMatch(new RegExp(`e\\.g\\.  backstory analyze .*${flag}`));
    }
    expect(USAGE).toContain('-h, --help');
    for (const code of new Set(Object.values(EXIT))) expect(USAGE).toMatch(new RegExp(`\\n  ${code}  \\S`));
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

describe('progress on standard error', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 100, write: (s: string) => writes.push(s) } as never };
  };

  it('draws a bar on a terminal, at most every 100 ms, and keeps notes on their own lines', () => {
    let t = 0;
    const tty = stream(true);
    const p = createProgress(tty.stream, 3, () => t);
    p.advance(100);
    t = 50;
    p.advance(100); // too soon to redraw
    p.note('backstory: skipped x: no such file');
    t = 500;
    p.advance(50);
    p.done();
    const bars = tty.writes.filter((w) => w.startsWith('['));
    expect(bars).toEqual([
      expect.stringContaining('1/3 articles · 100 words'),
      expect.stringContaining('2/3 articles · 200 words'),
      expect.stringContaining('3/3 articles · 250 words · 0.5 s'),
    ]);
    expect(bars[2]).toMatch(/^\[#{24}\]/);
    expect(tty.writes).toContain('backstory: skipped x: no such file\n');
    expect(tty.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('writes only the notes when standard error is a pipe or a file', () => {
    const pipe = stream(false);
    const p = createProgress(pipe.stream, 3);
    p.advance(10);
    p.note('backstory: skipped x');
    p.done();
    expect(pipe.writes).toEqual(['backstory: skipped x\n']);
  });
});

describe('the command', { timeout: 60_000 }, () => {
  it('prints exactly one JSON object whose offsets index the input verbatim', () => {
    const r = cli(['analyze', file('a.txt', TEXT), '--json', '--published', '2020-10-05']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
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
      'source',
    ]);
    expect(out.text).toBe(TEXT);
    expect(out.source).toBe(join(dir, 'a.txt'));
    expect(out.entities.length).toBeGreaterThan(0);
    for (const e of out.entities) for (const m of e.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    for (const a of out.attributions) expect(TEXT.slice(a.start, a.end)).toBe(a.text);
  });

  it('analyses the bundled sample when given no input', () => {
    const r = cli(['analyze']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Iraq presses Turkey/);
    expect(r.out).toContain('VAGUE ATTRIBUTIONS');
  });

  it('gives a valid empty analysis for non-English text', () => {
    const r = cli(
      ['analyze', '-', '--json'],
      "Les députés ont adopté le projet de loi sur le renseignement lors d'un vote solennel, mardi, à l'Assemblée nationale.",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.language).not.toBe('en');
    expect(out.entities).toEqual([]);
  });

  it('reads a folder, files and a list of saved pages: one JSON line each, the unreadable reported and skipped', () => {
    const folder = join(dir, 'pages');
    mkdirSync(join(folder, 'story_files'), { recursive: true });
    writeFileSync(join(folder, 'b.html'), page('Second story'));
    writeFileSync(join(folder, 'a.txt'), TEXT);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'style.css'), 'p {}');
    writeFileSync(join(folder, 'story_files', 'frame.html'), page('An advert'));
    const list = file(
      'saved.txt',
      `# saved pages\nhttps://news.example/first pages/b.html\n\nnot-a-url pages/b.html\n`,
    );
    const r = cli(['analyze', '--json', folder, join(dir, 'missing.txt'), '--list', list]);
    expect(r.code).toBe(EXIT.someSkipped);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source.replace(dir, ''), l.title])).toEqual([
      ['/pages/a.txt', ''],
      ['/pages/b.html', 'Second story'],
      ['/pages/b.html', 'Second story'],
    ]);
    expect(lines[2].url).toBe('https://news.example/first');
    expect(r.err).toMatch(/skipped .*saved\.txt:4: "not-a-url" is not an http\(s\) URL/);
    expect(r.err).toMatch(/skipped: .*empty\.txt is empty/);
    expect(r.err).toMatch(/skipped: cannot read .*missing\.txt: no such file/);
    expect(r.err).toMatch(/analysed 3 of 6 inputs \(3 skipped\) · \d+ words/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('gives the same lines in the same order on several threads as on one', () => {
    const folder = join(dir, 'many');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 4; i++) writeFileSync(join(folder, `${i}.txt`), `${TEXT.repeat(i + 1)}`);
    writeFileSync(join(folder, '4.html'), page('A page'));
    const one = cli(['analyze', '--json', '--jobs', '1', folder]);
    const two = cli(['analyze', '--json', '--jobs', '2', folder]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(
      two.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).source.replace(folder, '')),
    ).toEqual(['/0.txt', '/1.txt', '/2.txt', '/3.txt', '/4.html']);
    expect(two.err).toMatch(/analysed 5 of 5 inputs .* on 2 threads/);
  });

  it('loads jsdom only for HTML: text is analysed where jsdom cannot even be found', () => {
    const alone = mkdtempSync(join(tmpdir(), 'backstory-cli-alone-'));
    cpSync(build, alone, { recursive: true });
    const bundle = join(alone, 'backstory.mjs');
    expect(cli(['analyze', '--json', file('b.txt', TEXT)], undefined, bundle).code).toBe(0);
    const html = cli(['analyze', file('c.html', page('A page'))], undefined, bundle);
    expect(html.code).toBe(EXIT.bug);
    expect(html.err).toMatch(/jsdom/);
    rmSync(alone, { recursive: true, force: true });
  });

  it('fails cleanly, without a stack trace, on bad input', () => {
    for (const args of [
      ['analyze', join(dir, 'missing.html')],
      ['analyze', file('e.txt', '')],
      ['analyze', '--nope'],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^backstory: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('is what the package installs as `backstory`', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.bin).toEqual({ backstory: 'dist/backstory.mjs' });
    expect(pkg.files).toEqual(['dist']);
    expect(readFileSync(join(build, 'backstory.mjs'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(pkg.dependencies.jsdom).toBeDefined();
  });
});
