import { countries } from 'countries-list';
import type { NameTable } from './names';

/** countries-list: every country's English name and its aliases ("USA", "America"). */
export function addCountries(table: NameTable): void {
  for (const c of Object.values(countries)) {
    table.add(c.name, 'countryName');
    for (const alias of (c as { alias?: string[] }).alias ?? []) table.add(alias, 'countryName');
  }
}
