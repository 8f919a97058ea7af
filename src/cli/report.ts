import { ENTITY_TYPES, type Analysis } from '../analysis/types';
import { CATEGORY_LABEL, ENTITY_TYPE_PLURAL, formatDate } from '../ui/shared/labels';

/** The readable report: entities by type, vague attributions, and the timeline. */
export function formatReport(a: Analysis): string {
  const out: string[] = [];
  const words = a.text.split(/\s+/).filter(Boolean).length;
  out.push(a.title || '(untitled)');
  out.push(
    [
      a.url,
      a.published ? `published ${formatDate(a.published)}` : 'no publication date',
      `${words} words`,
      `language ${a.language}`,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  if (a.language !== 'en') {
    out.push('', 'Not English: Backstory leaves this text alone.');
    return out.join('\n') + '\n';
  }
  out.push('', `ENTITIES (${a.entities.length})`);
  for (const type of ENTITY_TYPES) {
    const list = a.entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (!list.length) continue;
    out.push(`  ${ENTITY_TYPE_PLURAL[type]}`);
    for (const e of list) {
      const variants = [...new Set(e.mentions.map((m) => m.text))].filter((v) => v !== e.name);
      let line = `    ${e.name} ×${e.mentions.length}`;
      if (variants.length) line += `  (also: ${variants.join(', ')})`;
      if (e.roles.length) line += `  — ${e.roles.join('; ')}`;
      out.push(line);
    }
  }
  out.push('', `VAGUE ATTRIBUTIONS (${a.attributions.length})`);
  for (const at of a.attributions) {
    out.push(`  "${at.text}"  [${CATEGORY_LABEL[at.category]}]`);
    out.push(`      ${at.question}`);
  }
  out.push('', `TIMELINE (${a.events.length})`);
  for (const ev of [...a.events].sort((x, y) => x.date.localeCompare(y.date))) {
    const names = ev.entities.map((k) => a.entities.find((e) => e.key === k)?.name ?? k);
    out.push(
      `  ${ev.date.padEnd(10)}  ${ev.text.replace(/\s+/g, ' ').slice(0, 160)}${names.length ? `  {${names.join(', ')}}` : ''}`,
    );
  }
  return out.join('\n') + '\n';
}
