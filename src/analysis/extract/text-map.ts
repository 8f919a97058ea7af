/**
 * The article as one readable string, with the DOM text node behind every character. Whitespace runs are
 * collapsed to one space (source HTML is full of indentation), block boundaries add "\n\n" that belongs to
 * no node, and each node keeps an index from its characters in `text` back to offsets in `node.data`.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
  /** lengths[i] is how many characters of `text` nodes[i] contributes. */
  lengths: number[];
  /** index[i][k] is the offset in nodes[i].data of its k-th character in `text`; null when identical. */
  index: (Int32Array | null)[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'MAIN', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH',
  'TR', 'UL',
]);

const isBlock = (n: Node): boolean => n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
const isBr = (n: Node): boolean => n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'BR';

function blockOf(node: Node): Node | null {
  for (let p = node.parentNode; p; p = p.parentNode) if (isBlock(p)) return p;
  return null;
}

/** The nearest <br> before a node inside its block: a line break splits a paragraph too. */
function precedingBr(node: Node): Node | null {
  for (let n: Node | null = node; n && !isBlock(n); n = n.parentNode) {
    for (let s = n.previousSibling; s; s = s.previousSibling) {
      if (isBr(s)) return s;
      if (isBlock(s)) return null;
    }
  }
  return null;
}

const SPACE = /[\s\u00a0]/;

/**
 * Builds the map from text nodes in document order. `structure` is the node whose block ancestry decides
 * paragraph breaks (the twin in Readability's cleaned copy, or the node itself).
 */
export function buildTextMap(entries: { node: Text; structure: Node }[]): TextMap {
  let text = '';
  const map: TextMap = { text: '', nodes: [], starts: [], lengths: [], index: [] };
  let lastBlock: Node | null | undefined;
  let lastBr: Node | null = null;
  for (const { node, structure } of entries) {
    const data = node.data;
    if (!data || !/[^\s\u00a0]/.test(data)) continue;
    const block = blockOf(structure);
    const br = precedingBr(structure);
    if (lastBlock !== undefined && (block !== lastBlock || br !== lastBr)) text = text.trimEnd() + '\n\n';
    lastBlock = block;
    lastBr = br;

    let out = '';
    const idx: number[] = [];
    let changed = false;
    for (let k = 0; k < data.length; k++) {
      const ch = data[k]!;
      if (SPACE.test(ch)) {
        const prev = out.length ? out[out.length - 1] : text[text.length - 1];
        if (prev === undefined || prev === ' ' || prev === '\n') {
          changed = true;
          continue;
        }
        if (ch !== ' ') changed = true;
        out += ' ';
      } else out += ch;
      idx.push(k);
    }
    if (!out) continue;
    map.nodes.push(node);
    map.starts.push(text.length);
    map.lengths.push(out.length);
    map.index.push(changed ? Int32Array.from(idx) : null);
    text += out;
  }
  map.text = text.trimEnd();
  return map;
}

export interface NodePiece {
  node: Text;
  /** Offsets into node.data. */
  start: number;
  end: number;
}

/** The parts of text[start, end) that lie in text nodes, one per node, as offsets into each node's data. */
export function piecesOf(map: TextMap, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < map.nodes.length; i++) {
    const nodeStart = map.starts[i]!;
    if (nodeStart >= end) break;
    const s = Math.max(start, nodeStart) - nodeStart;
    const e = Math.min(end, nodeStart + map.lengths[i]!) - nodeStart;
    if (e <= s) continue;
    const index = map.index[i];
    pieces.push({
      node: map.nodes[i]!,
      start: index ? index[s]! : s,
      end: index ? index[e - 1]! + 1 : e,
    });
  }
  return pieces;
}

/** The text offset of a point in a node (e.g. a selection boundary), or null when the node is not mapped. */
export function offsetOf(map: TextMap, node: Node, nodeOffset: number): number | null {
  const i = map.nodes.indexOf(node as Text);
  if (i < 0) return null;
  const index = map.index[i];
  let k = nodeOffset;
  if (index) {
    k = 0;
    while (k < index.length && index[k]! < nodeOffset) k++;
  }
  return map.starts[i]! + Math.min(k, map.lengths[i]!);
}

/**
 * Splits a mapped text node at an offset of its data (as Text.splitText does) and keeps the map true:
 * the tail becomes a map entry of its own. Returns the tail node.
 */
export function splitMappedNode(map: TextMap, node: Text, dataOffset: number): Text {
  const i = map.nodes.indexOf(node);
  const tail = node.splitText(dataOffset);
  if (i < 0) return tail;
  const index = map.index[i];
  const length = map.lengths[i]!;
  let cut = Math.min(dataOffset, length);
  if (index) {
    cut = 0;
    while (cut < index.length && index[cut]! < dataOffset) cut++;
  }
  map.nodes.splice(i + 1, 0, tail);
  map.starts.splice(i + 1, 0, map.starts[i]! + cut);
  map.lengths.splice(i + 1, 0, length - cut);
  map.lengths[i] = cut;
  map.index.splice(i + 1, 0, index ? index.slice(cut).map((k) => k - dataOffset) : null);
  map.index[i] = index ? index.slice(0, cut) : null;
  return tail;
}
