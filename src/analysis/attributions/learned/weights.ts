import { FNV_OFFSET, fnvStep, mix } from '../../entities/hash';
import { readVarintDeltas } from '../../entities/model';
import { FEATURE_SCHEME } from './features';
import { NUM_LABELS } from './labels';

/**
 * The learned tagger's weights file: a JSON header, the kept feature buckets as delta-coded varints, one
 * int8 row of label weights per bucket, and float32 label transitions. The header's `hashCheck` is the
 * hash of the feature scheme's name: weights trained under other features or another hash would load but
 * tag nonsense, so they are refused.
 */
export const FORMAT_VERSION = 1;

export interface WeightsHeader {
  version: number;
  bits: number;
  labels: number;
  rows: number;
  /** Multiply an int8 weight by this to get its score. */
  scale: number;
  hashCheck: number;
  /** Added to the "no span" score of each token at decoding (see tagger.ts). */
  oBias: number;
}

export interface Weights {
  header: WeightsHeader;
  /** Sorted bucket ids. */
  keys: Uint32Array;
  /** rows × labels. */
  weights: Int8Array;
  /** (labels + 1) × labels, last row = sentence start. */
  transitions: Float32Array;
}

export function hashCheck(): number {
  return mix(fnvStep(FNV_OFFSET, FEATURE_SCHEME));
}

export function serializeWeights(parts: Weights): Uint8Array {
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
  const out = new Uint8Array(8 + header.length + keyBytes.length + parts.weights.length + parts.transitions.length * 4);
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

/** Parses a weights file; throws on a file this code cannot read rather than tagging nonsense. */
export function parseWeights(bytes: Uint8Array): Weights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const headerLength = view.getUint32(o, true);
  o += 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + headerLength))) as WeightsHeader;
  o += headerLength;
  if (
    header.version !== FORMAT_VERSION ||
    header.labels !== NUM_LABELS ||
    header.hashCheck !== hashCheck() ||
    !Number.isFinite(header.oBias)
  )
    throw new Error('attribution weights: unknown format; retrain with npm run train:vague');
  const keyLength = view.getUint32(o, true);
  o += 4;
  const keys = readVarintDeltas(bytes.subarray(o, o + keyLength), header.rows);
  o += keyLength;
  const weights = new Int8Array(
    bytes.buffer.slice(bytes.byteOffset + o, bytes.byteOffset + o + header.rows * NUM_LABELS),
  );
  o += header.rows * NUM_LABELS;
  const transitions = new Float32Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let i = 0; i < transitions.length; i++, o += 4) transitions[i] = view.getFloat32(o, true);
  return { header, keys, weights, transitions };
}
