import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Runs every `sections/*.ts` file's default export in name order; returns how many sections failed. */
export async function runSections(dir: string, only: string[]): Promise<number> {
  const sections = readdirSync(join(dir, 'sections'))
    .filter((f) => /\.(ts|mjs)$/.test(f))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  let failed = 0;
  for (const file of sections) {
    console.log(`\n=== ${file.replace(/\.(ts|mjs)$/, '')} ===`);
    try {
      const mod = (await import(join(dir, 'sections', file))) as { default?: () => Promise<void> };
      await mod.default?.();
    } catch (e) {
      failed++;
      console.error(`section ${file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  return failed;
}
