/** Command-line arguments of `npm run analyze`. */
export interface CliArgs {
  input: string | null;
  json: boolean;
  published: string | null;
  url: string | null;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run analyze -- [FILE.html | FILE.txt | -] [--json] [--published YYYY-MM-DD] [--url URL]

With no file, analyses the bundled sample article.
  FILE.html   a saved web page: the article is extracted first (title, date, canonical URL)
  FILE.txt, - article text (from a file or standard input), analysed verbatim
  --json      print one JSON object (schema 1) instead of the readable report
  --published the publication date, to resolve "in January" and "last year"
  --url       the article's URL`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { input: null, json: false, published: null, url: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--published' || a === '--url') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--published') {
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
          throw new UsageError(`--published wants YYYY-MM-DD, got "${value}"`);
        args.published = value;
      } else args.url = value;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.input === null) args.input = a;
    else throw new UsageError(`one input at a time (got "${args.input}" and "${a}")`);
  }
  return args;
}
