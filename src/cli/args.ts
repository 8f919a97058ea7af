/** Command-line arguments of `backstory analyze` (`npm run analyze`). */
export interface CliArgs {
  /** Files, folders and `-` (standard input), in the order given. */
  inputs: string[];
  /** Files listing saved pages, one `[URL] FILE` per line. */
  lists: string[];
  json: boolean;
  published: string | null;
  url: string | null;
  /** Worker threads; null: one per processor. */
  jobs: number | null;
  help: boolean;
}

export class UsageError extends Error {}

/** Exit codes, as `--help` documents them. */
export const EXIT = { ok: 0, bug: 1, usage: 2, nothingRead: 2, someSkipped: 3 } as const;

export const USAGE = `Usage: backstory analyze [options] [INPUT…]
       npm run analyze -- [options] [INPUT…]

Marks the names, vague attributions and dated events of news articles, without a browser.
With no input, analyses the bundled sample article.

Inputs
  FILE.html, FILE.htm  a saved web page: the article is extracted first (title, date, canonical URL)
  FILE (any other)     article text, analysed verbatim: offsets index the file's text
  FOLDER               every .html, .htm and .txt file directly in it, in name order
  -                    article text from standard input
  --list FILE          saved pages listed one per line as "URL PATH" (or just "PATH"); the URL is the
                       page's address, PATH is relative to the list's folder; "#" starts a comment
                         e.g.  backstory analyze --json --list saved.txt

Options
  --json               one JSON object per article, one per line (JSON Lines, schema 1) instead of the
                       readable report
                         e.g.  backstory analyze --json pages/ > analyses.jsonl
  --published DATE     publication date YYYY[-MM[-DD]] for every input: resolves "in January", "last year"
                         e.g.  backstory analyze --published 2020-10-05 story.txt
  --url URL            the article's address (one input only)
                         e.g.  backstory analyze --url https://news.example/a story.txt
  --jobs N             analyse on N threads at once (default: one per processor; 1 runs in one thread);
                       the output is in input order whatever N
                         e.g.  backstory analyze --jobs 1 --json pages/
  -h, --help           this help

With several inputs, a progress bar is drawn on standard error when it is a terminal, and a summary is printed
there at the end. An input that cannot be read (missing, empty, binary, over 10 MB, no article in the page) is
reported on standard error and skipped; the others are still analysed.

Exit codes
  0  every input was analysed
  1  an unexpected error (a bug: please report it with the message)
  2  a usage error (unknown option, bad value), or no input could be read
  3  some inputs could not be read and were skipped; the others were analysed`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `argv` without the node and script paths: `analyze` first, then options and inputs in any order. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], lists: [], json: false, published: null, url: null, jobs: null, help: false };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { ...args, help: true };
  if (command !== 'analyze') {
    throw new UsageError(command === undefined ? 'which command? (analyze)' : `unknown command "${command}"`);
  }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--published') {
      const v = value();
      if (!DATE.test(v)) throw new UsageError(`--published wants YYYY-MM-DD, got "${v}"`);
      args.published = v;
    } else if (a === '--url') args.url = value();
    else if (a === '--list') args.lists.push(value());
    else if (a === '--jobs') {
      const v = value();
      if (!/^[1-9]\d{0,2}$/.test(v)) throw new UsageError(`--jobs wants a number of threads from 1, got "${v}"`);
      args.jobs = Number(v);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (args.url !== null && (args.inputs.length !== 1 || args.lists.length > 0))
    throw new UsageError('--url names one article: give exactly one FILE (a --list gives each page its URL)');
  return args;
}
