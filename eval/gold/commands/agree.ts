import { agreementCounts, agreementRates, sumCounts, type AgreementCounts } from '../agreement';
import { loadPair, pairArgs } from './pair';

const USAGE = 'usage: npm run gold -- agree A B [ID…]';

/** `npm run gold -- agree A B [ID…]`: inter-annotator agreement per article, per split and overall. */
export function agreeCommand(args: string[]): number {
  const parsed = pairArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const { names, ids } = parsed;
  if (ids.length === 0) {
    console.error(`no article has both passes ${names.join(' and ')}`);
    return 1;
  }
  console.log(`## Agreement of passes ${names[0]} and ${names[1]} (${ids.length} articles)`);
  console.log(
    `${'article'.padEnd(44)} split ${'mentions'.padStart(9)} typedF1 untypF1 keysAgr vagueF1  catAgr eventF1 dateAgr`,
  );
  const bySplit = new Map<string, AgreementCounts[]>();
  let failed = 0;
  for (const id of ids) {
    const pair = loadPair(names, id);
    if (typeof pair === 'string') {
      console.log(`${id}: ${pair}`);
      failed++;
      continue;
    }
    const counts = agreementCounts(pair.a, pair.b);
    bySplit.set(pair.article.split, [...(bySplit.get(pair.article.split) ?? []), counts]);
    console.log(row(id.slice(0, 44), pair.article.split, counts));
  }
  for (const [split, all] of [...bySplit].sort()) console.log(row(`all ${split}`, split, sumCounts(all)));
  console.log(row('all', '', sumCounts([...bySplit.values()].flat())));
  console.log('(micro-averaged; key agreement over the spans both passes mark; — where neither pass has any)');
  return failed ? 1 : 0;
}

function row(label: string, split: string, c: AgreementCounts): string {
  const r = agreementRates(c);
  const f = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(3)).padStart(7);
  return (
    `${label.padEnd(44)} ${split.padEnd(5)} ${`${c.mentionsA}/${c.mentionsB}`.padStart(9)} ` +
    [r.typedF1, r.untypedF1, r.keyAgreement, r.vagueF1, r.categoryAgreement, r.eventsF1, r.dateAgreement]
      .map(f)
      .join(' ')
  );
}
