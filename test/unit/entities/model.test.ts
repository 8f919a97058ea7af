import { describe, expect, it } from 'vitest';
import { createEntityRecognizer } from '../../../src/analysis/entities';
import { featureHash } from '../../../src/analysis/entities/features';
import { LIST_CLASSES, type GazetteerLists } from '../../../src/analysis/entities/gazetteer';
import { buildKnowledgeTable } from '../../../src/analysis/entities/knowledge';
import { NUM_LABELS, TYPES, label } from '../../../src/analysis/entities/labels';
import { loadEntityRecognizerFromDisk } from '../../../src/analysis/entities/load-from-disk';
import { FORMAT_VERSION, parseModelParts, serializeModel, type ModelParts } from '../../../src/analysis/entities/model';

const BITS = 16;
const bucket = (template: string, ...values: string[]): number => featureHash(template, ...values) & ((1 << BITS) - 1);

/** A hand-made model that knows one thing: the word "zorblat" is a place. */
function tinyModel(): ModelParts {
  const keys = [bucket('w', 'zorblat'), bucket('b')].sort((a, b) => a - b);
  const weights = new Int8Array(keys.length * NUM_LABELS);
  const row = keys.indexOf(bucket('w', 'zorblat'));
  weights[row * NUM_LABELS + label(TYPES.indexOf('PLACE'), 3)] = 100;
  weights[keys.indexOf(bucket('b')) * NUM_LABELS] = 10;
  return {
    header: {
      version: FORMAT_VERSION,
      bits: BITS,
      labels: NUM_LABELS,
      rows: keys.length,
      scale: 0.5,
      gazetteer: Object.fromEntries(LIST_CLASSES.map((c) => [c, []])) as unknown as GazetteerLists,
      lowerWords: [],
      stage2: { rows: 0, scale: 1 },
    },
    keys: Uint32Array.from(keys),
    weights,
    transitions: new Float32Array((NUM_LABELS + 1) * NUM_LABELS),
    stage2: {
      keys: new Uint32Array(0),
      weights: new Int8Array(0),
      transitions: new Float32Array((NUM_LABELS + 1) * NUM_LABELS),
    },
    knowledge: buildKnowledgeTable(new Map([['zorblat river', 1]])),
  };
}

describe('model file', () => {
  it('round-trips through its binary form', () => {
    const parts = tinyModel();
    const back = parseModelParts(serializeModel(parts));
    expect(back.header).toEqual({ ...parts.header, knowledge: expect.objectContaining({ entries: 2, maxWords: 2 }) });
    expect(Array.from(back.knowledge.hashes)).toEqual(Array.from(parts.knowledge.hashes));
    expect(Array.from(back.keys)).toEqual(Array.from(parts.keys));
    expect(Array.from(back.weights)).toEqual(Array.from(parts.weights));
  });

  it('rejects a truncated or foreign file', () => {
    const bytes = serializeModel(tinyModel());
    expect(() => parseModelParts(bytes.subarray(0, bytes.length - 3))).toThrow();
  });

  it('tags with the weights it was given, at UTF-16 offsets', () => {
    const recognizer = createEntityRecognizer(serializeModel(tinyModel()));
    const text = '😀 We flew to Zorblat today.';
    const [entity, ...rest] = recognizer.recognize(text);
    expect(rest).toEqual([]);
    expect(entity).toMatchObject({ type: 'PLACE', name: 'Zorblat', key: 'place:zorblat' });
    expect(text.slice(entity!.mentions[0]!.start, entity!.mentions[0]!.end)).toBe('Zorblat');
  });
});

describe('shipped weights', () => {
  const recognizer = loadEntityRecognizerFromDisk();
  const text =
    'US Secretary of State Mike Pompeo met Iraqi Foreign Minister Fuad Hussein in Baghdad on Monday. ' +
    'Pompeo later flew to London, where the United Nations envoy said the UN would help.';
  const entities = recognizer.recognize(text);
  const byName = new Map(entities.map((e) => [e.name, e]));

  it('finds, types and resolves the names of an invented news paragraph', () => {
    expect(byName.get('Mike Pompeo')).toMatchObject({ type: 'PERSON', roles: ['US Secretary of State'] });
    expect(byName.get('Mike Pompeo')!.mentions.map((m) => m.text)).toEqual(['Mike Pompeo', 'Pompeo']);
    expect(byName.get('Fuad Hussein')).toMatchObject({ type: 'PERSON', roles: ['Iraqi Foreign Minister'] });
    expect(byName.get('Baghdad')?.type).toBe('PLACE');
    expect(byName.get('London')?.type).toBe('PLACE');
    expect(byName.get('United Nations')!.mentions.map((m) => m.text)).toEqual(['United Nations', 'UN']);
  });

  it('keeps titles out of person spans', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(entities.some((e) => e.mentions.some((m) => /Secretary|Minister/.test(m.text)))).toBe(false);
  });

  it('gives the same person the same key in two articles, whatever the spelling', () => {
    const a = recognizer.recognize(
      'Prime Minister Mustafa al-Kadhimi flew to Tehran on Monday. Kadhimi met officials.',
    );
    const b = recognizer.recognize('Iraqi premier Mustafa al-Khadimi said on Tuesday that Khadimi would stay.');
    const key = (entities: typeof a): string | undefined => entities.find((e) => e.type === 'PERSON')?.key;
    expect(key(a)).toBe('person:kadimi/mustafa');
    expect(key(b)).toBe(key(a));
  });
});
