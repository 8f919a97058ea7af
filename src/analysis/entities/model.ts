import type { FeatureContext } from './features';
import { buildGazetteer, type GazetteerLists } from './gazetteer';
import { NUM_LABELS } from './labels';
import { maskTransitions } from './viterbi';

/**
 * The weights file: a JSON header (feature settings, gazetteer, lexicons), then the kept feature buckets
 * as delta-coded varints, one int8 row of label weights per bucket, and float32 label transitions.
 * Only buckets with a non-zero quantized weight are stored, which is what keeps the file small.
 */
/** Bumped whenever features, labels or layout change: older weights would load but tag nonsense. */
export const FORMAT_VERSION = 2;

export interface ModelHeader {
  version: number;
  bits: number;
  labels: number;
  rows: number;
  /** Multiply an int8 weight by this to get its score. */
  scale: number;
  gazetteer: GazetteerLists;
  lowerWords: string[];
}

export interface ModelParts {
  header: ModelHeader;
  /** Sorted bucket ids. */
  keys: Uint32Array;
  /** rows × labels. */
  weights: Int8Array;
  /** (labels + 1) × labels, last row = sentence start. */
  transitions: Float32Array;
}

export interface TaggerModel {
  ctx: FeatureContext;
  /** Row of each bucket in `weights`, or NO_ROW: one array read per feature, which tagging speed rests on. */
  rows: Uint16Array;
  weights: Int8Array;
  scale: number;
  /** BILOU-masked transitions in the same units as the scaled emissions. */
  transitions: Float32Array;
}

export function serializeModel(parts: ModelParts): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(parts.header));
  const keyBytes: number[] = [];
  let prev = 0;
  for (const k of parts.keys) {
    let d = k - prev;
    prev = k;
    while (d >= 0x80) {
      keyBytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    keyBytes.push(d);
  }
  const total = 4 + header.length + 4 + keyBytes.length + parts.weights.length + parts.transitions.length * 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let o = 0;
  view.setUint32(o, header.length, true);
  out.set(header, (o += 4));
  o += header.length;
  view.setUint32(o, keyBytes.length, true);
  out.set(keyBytes, (o += 4));
  o += keyBytes.length;
  out.set(new Uint8Array(parts.weights.buffer, parts.weights.byteOffset, parts.weights.length), o);
  o += parts.weights.length;
  for (const t of parts.transitions) {
    view.setFloat32(o, t, true);
    o += 4;
  }
  return out;
}

export function parseModelParts(bytes: Uint8Array): ModelParts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const headerLen = view.getUint32(o, true);
  o += 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + headerLen))) as ModelHeader;
  o += headerLen;
  if (header.version !== FORMAT_VERSION || header.labels !== NUM_LABELS) {
    throw new Error(`entity model: unsupported format (version ${header.version}, ${header.labels} labels)`);
  }
  const keyLen = view.getUint32(o, true);
  o += 4;
  const keys = new Uint32Array(header.rows);
  let k = 0;
  let prev = 0;
  for (let end = o + keyLen; o < end && k < header.rows;) {
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
  if (k !== header.rows) throw new Error('entity model: truncated keys');
  o = 4 + headerLen + 4 + keyLen;
  const nWeights = header.rows * header.labels;
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset + o, bytes.byteOffset + o + nWeights));
  o += nWeights;
  const nTrans = (header.labels + 1) * header.labels;
  if (o + nTrans * 4 !== bytes.byteLength) throw new Error('entity model: unexpected length');
  const transitions = new Float32Array(nTrans);
  for (let i = 0; i < nTrans; i++) transitions[i] = view.getFloat32(o + 4 * i, true);
  return { header, keys, weights, transitions };
}

export function loadModel(bytes: Uint8Array): TaggerModel {
  const { header, keys, weights, transitions } = parseModelParts(bytes);
  return {
    ctx: {
      gazetteer: buildGazetteer(header.gazetteer),
      lowerWords: new Set(header.lowerWords),
      bits: header.bits,
    },
    rows: bucketTable(keys, header.bits),
    weights,
    scale: header.scale,
    transitions: maskTransitions(transitions),
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
