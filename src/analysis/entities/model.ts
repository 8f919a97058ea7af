import type { FeatureContext } from './features';
import { buildGazetteer, type GazetteerLists } from './gazetteer';
import { DOC_BITS } from './doc-features';
import { decodeKnowledge, encodeKnowledge, type KnowledgeTable } from './knowledge';
import { NUM_LABELS } from './labels';
import { maskTransitions } from './viterbi';

/**
 * The weights file: a JSON header (feature settings, gazetteer, lexicons), then the kept feature buckets
 * as delta-coded varints, one int8 row of label weights per bucket, float32 label transitions, the
 * second stage's document-feature weights and transitions in the same layout (doc-features.ts), and the
 * hashed knowledge table (knowledge.ts). Only buckets with a non-zero quantized weight are stored, which
 * is what keeps the file small.
 */
/** Bumped whenever features, labels or layout change: older weights would load but tag nonsense. */
export const FORMAT_VERSION = 4;

export interface ModelHeader {
  version: number;
  bits: number;
  labels: number;
  rows: number;
  /** Multiply an int8 weight by this to get its score. */
  scale: number;
  gazetteer: GazetteerLists;
  lowerWords: string[];
  /** Rows and scale of the second stage's weights. */
  stage2: { rows: number; scale: number };
}

/** The header as stored: where the knowledge table ends is known only once it is encoded. */
interface StoredHeader extends ModelHeader {
  knowledge: { entries: number; maxWords: number; bytes: number };
}

export interface ModelParts {
  header: ModelHeader;
  /** Sorted bucket ids. */
  keys: Uint32Array;
  /** rows × labels. */
  weights: Int8Array;
  /** (labels + 1) × labels, last row = sentence start. */
  transitions: Float32Array;
  stage2: { keys: Uint32Array; weights: Int8Array; transitions: Float32Array };
  knowledge: KnowledgeTable;
}

export interface TaggerModel {
  ctx: FeatureContext;
  /** Row of each bucket in `weights`, or NO_ROW: one array read per feature, which tagging speed rests on. */
  rows: Uint16Array;
  weights: Int8Array;
  scale: number;
  /** BILOU-masked transitions in the same units as the scaled emissions. */
  transitions: Float32Array;
  /** The second stage: document-feature weights added to the first stage's emissions, its own transitions. */
  stage2: { rows: Uint16Array; weights: Int8Array; scale: number; transitions: Float32Array };
}

export function serializeModel(parts: ModelParts): Uint8Array {
  const knowledge = encodeKnowledge(parts.knowledge);
  const header = new TextEncoder().encode(
    JSON.stringify({
      ...parts.header,
      knowledge: {
        entries: parts.knowledge.hashes.length,
        maxWords: parts.knowledge.maxWords,
        bytes: knowledge.length,
      },
    }),
  );
  const chunks: Uint8Array[] = [u32(header.length), header];
  for (const { keys, weights, transitions } of [parts, parts.stage2]) {
    const keyBytes = varintDeltas(keys);
    chunks.push(u32(keyBytes.length), keyBytes, new Uint8Array(weights.buffer, weights.byteOffset, weights.length));
    const t = new Uint8Array(transitions.length * 4);
    const view = new DataView(t.buffer);
    transitions.forEach((x, i) => view.setFloat32(4 * i, x, true));
    chunks.push(t);
  }
  chunks.push(knowledge);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

function varintDeltas(keys: Uint32Array): Uint8Array {
  const bytes: number[] = [];
  let prev = 0;
  for (const k of keys) {
    let d = k - prev;
    prev = k;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  return Uint8Array.from(bytes);
}

export function parseModelParts(bytes: Uint8Array): ModelParts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const headerLen = view.getUint32(o, true);
  o += 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + headerLen))) as StoredHeader;
  o += headerLen;
  if (header.version !== FORMAT_VERSION || header.labels !== NUM_LABELS) {
    throw new Error(`entity model: unsupported format (version ${header.version}, ${header.labels} labels)`);
  }
  const stages = [header.rows, header.stage2.rows].map((rows) => {
    if (o + 4 > bytes.length) throw new Error('entity model: truncated');
    const keyLen = view.getUint32(o, true);
    o += 4;
    const keys = readVarintDeltas(bytes.subarray(o, o + keyLen), rows);
    o += keyLen;
    const nWeights = rows * header.labels;
    const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset + o, bytes.byteOffset + o + nWeights));
    o += nWeights;
    const nTrans = (header.labels + 1) * header.labels;
    if (o + nTrans * 4 > bytes.length) throw new Error('entity model: truncated');
    const transitions = new Float32Array(nTrans);
    for (let i = 0; i < nTrans; i++) transitions[i] = view.getFloat32(o + 4 * i, true);
    o += nTrans * 4;
    return { keys, weights, transitions };
  });
  if (o + header.knowledge.bytes !== bytes.byteLength) throw new Error('entity model: unexpected length');
  const knowledge = decodeKnowledge(bytes.subarray(o), header.knowledge.entries, header.knowledge.maxWords);
  return { header, ...stages[0]!, stage2: stages[1]!, knowledge };
}

/** `count` ascending row ids stored as LEB128 varint deltas (the weight files of both taggers). */
export function readVarintDeltas(bytes: Uint8Array, count: number): Uint32Array {
  const keys = new Uint32Array(count);
  let k = 0;
  let prev = 0;
  for (let o = 0; o < bytes.length && k < count;) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[o++]!;
      d += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    prev += d;
    keys[k++] = prev;
  }
  if (k !== count) throw new Error('weights: truncated keys');
  return keys;
}

export function loadModel(bytes: Uint8Array): TaggerModel {
  const { header, keys, weights, transitions, stage2, knowledge } = parseModelParts(bytes);
  return {
    ctx: {
      gazetteer: buildGazetteer(header.gazetteer, knowledge),
      lowerWords: new Set(header.lowerWords),
      bits: header.bits,
    },
    rows: bucketTable(keys, header.bits),
    weights,
    scale: header.scale,
    transitions: maskTransitions(transitions),
    stage2: {
      rows: bucketTable(stage2.keys, DOC_BITS),
      weights: stage2.weights,
      scale: header.stage2.scale,
      transitions: maskTransitions(stage2.transitions),
    },
  };
}

export const NO_ROW = 0xffff;

/**
 * Dense table from bucket id to row: 2 bytes × 2^bits (4 MB), half the cache footprint of 32-bit rows,
 * which is why a model keeps fewer than 65,535 rows (the shipped one has about 38,000).
 */
function bucketTable(keys: Uint32Array, bits: number): Uint16Array {
  if (keys.length >= NO_ROW) throw new Error(`entity model: ${keys.length} rows, at most ${NO_ROW - 1}`);
  const table = new Uint16Array(1 << bits).fill(NO_ROW);
  for (let r = 0; r < keys.length; r++) table[keys[r]!] = r;
  return table;
}
