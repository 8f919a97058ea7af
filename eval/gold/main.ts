import { existsSync } from 'node:fs';
import { adjudicateCommand } from './commands/adjudicate';
import { agreeCommand } from './commands/agree';
import { checkPipelineCommand } from './commands/check-pipeline';
import { convertCommand } from './commands/convert';
import { disagreementsCommand } from './commands/disagreements';
import { drawCommand } from './commands/draw';
import { textsCommand } from './commands/texts';
import { validateCommand } from './commands/validate';
import { SHARED } from './manifest';

/** `npm run gold -- COMMAND …`: the news gold set's tools; eval/gold/README.md is the guide. */
const USAGE = `usage: npm run gold -- COMMAND
  draw                 draw the articles and the dev/test split into news/manifest.json (once), or check it is reproduced
  texts DIR            write every article's analysed text to DIR/<id>.txt (DIR outside the project)
  convert PASS [ID…]   drafts (../gold-drafts/PASS/<id>.json, or --drafts DIR) → news/passes/PASS/<id>.json
  validate             check every committed pass and gold file against the manifest and ../shared
  agree A B [ID…]      inter-annotator agreement per article, per split and overall
  disagreements A B [ID…] [--template DIR]   every A/B difference in context; --template: a decisions file to fill
  adjudicate A B [ID…] [--decisions DIR]     decisions (../gold-drafts/adjudication/<id>.json) → news/gold/<id>.json
  check-pipeline       draft → convert → validate → score on ../shared's wapo-1 gold, against the existing scorers`;

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  draw: () => drawCommand(),
  texts: textsCommand,
  convert: convertCommand,
  validate: () => validateCommand(),
  agree: agreeCommand,
  disagreements: disagreementsCommand,
  adjudicate: adjudicateCommand,
  'check-pipeline': () => checkPipelineCommand(),
};

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  console.error(USAGE);
  process.exit(2);
}
if (!existsSync(SHARED)) {
  console.error(`npm run gold needs ${SHARED} (the articles are read there, never copied)`);
  process.exit(2);
}
process.exit(await command(args));
