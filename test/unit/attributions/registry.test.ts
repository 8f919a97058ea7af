import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/analysis/attributions/registry';
import type { AttributionRule } from '../../../src/analysis/attributions/rules/rule';
import { detect } from './helpers';

const ROOT = join(import.meta.dirname, '../../..');
const RULES_DIR = join(ROOT, 'src/analysis/attributions/rules');
const README = readFileSync(join(ROOT, 'src/analysis/attributions/README.md'), 'utf8');

const isRule = (x: unknown): x is AttributionRule =>
  typeof x === 'object' && x !== null && typeof (x as AttributionRule).id === 'string' && 'find' in x;

describe('the rule registry', () => {
  const registered = RULES.map((r) => r.rule);

  it('registers every rule of rules/, one per file named after its id', async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'rule.ts');
    for (const file of files) {
      const exported = Object.values((await import(join(RULES_DIR, file))) as Record<string, unknown>).filter(isRule);
      expect(
        exported.map((r) => `${r.id}.ts`),
        file,
      ).toEqual([file]);
      expect(registered, file).toContain(exported[0]);
    }
    expect(registered.length).toBe(files.length);
  });

  it('gives every rule a unique id, a row in the README table and its own test file', () => {
    expect(new Set(registered.map((r) => r.id)).size).toBe(registered.length);
    for (const { id } of registered) {
      expect(README, id).toMatch(new RegExp(`^\\| \`${id}\` \\|`, 'm'));
      expect(existsSync(join(ROOT, `test/unit/attributions/rules/${id}.test.ts`)), id).toBe(true);
    }
  });

  it('stamps every flag with the id of the rule that made it', () => {
    const flags = detect('Officials said the plan failed. The bridge is expected to open, according to Bloomberg.');
    expect(flags.map((a) => [a.rule, a.text])).toEqual([
      ['source-subject', 'Officials said'],
      ['according-to', 'according to Bloomberg'],
    ]);
    expect(detect('The bridge is expected to open.').map((a) => a.rule)).toEqual(['agentless']);
  });
});

describe('the lexicon', () => {
  it('holds every word list of the detector', () => {
    const dir = join(ROOT, 'src/analysis/attributions');
    const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && f !== 'lexicon.ts',
    );
    for (const file of modules) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/new Set\(\s*(?:\[\s*)?['"`]/);
    }
  });
});
