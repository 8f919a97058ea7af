import type { Table } from 'dexie';
import type { BackstoryDb } from '../../../src/store/schema';

/** Rows in primary-key order, for comparing two databases as sets of rows. */
async function rowsOf(table: Table): Promise<unknown[]> {
  const rows = await table.toArray();
  // An auto-incremented id only says in which order rows were added; nothing refers to it.
  const auto = table.schema.primKey.auto;
  return rows
    .map((row) => {
      if (!auto) return row;
      const { [table.schema.primKey.name]: _id, ...rest } = row as Record<string, unknown>;
      return rest;
    })
    .sort((a, b) => (auto ? JSON.stringify(a).localeCompare(JSON.stringify(b)) : 0));
}

/** Every table's rows by table name. */
export async function snapshot(db: BackstoryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await rowsOf(table);
  return out;
}
