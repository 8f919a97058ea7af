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
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
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

/**
 * Numbers the paragraph structure of text nodes: nodes with the same block and the same preceding <br>
 * are one paragraph. Numbers, not nodes, so the structure can travel as plain data.
 */
export function blockKeys(): (node: Node) => { block: number; br: number } {
  const ids = new Map<Node | null, number>([[null, 0]]);
  const id = (n: Node | null) => {
    let v = ids.get(n);
    if (v === undefined) ids.set(n, (v = ids.size));
    return v;
  };
  return (node) => ({ block: id(blockOf(node)), br: id(precedingBr(node)) });
}

const SPACE = /[\s\u00a0]/;
/** Whitespace other than single spaces: such a node must be collapsed. */
const NEEDS_COLLAPSE = /[\t\n\r\f\v\u00a0\u2028\u2029\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Builds the map from text nodes in document order; a change of block or <br> key (see blockKeys) starts a
 * new paragraph.
 */
export function buildTextMap(entries: { node: Text; block: number; br: number }[]): TextMap {
  const map: TextMap = { text: '', nodes: [], starts: [], lengths: [], index: [] };
  // Pieces are collected and joined once: repeated `+=` and trimming of a growing string is quadratic.
  const parts: string[] = [];
  let length = 0;
  let lastBlock: number | undefined;
  let lastBr = 0;
  const lastChar = () => parts[parts.length - 1]?.at(-1);
  /** Drops trailing spaces at a paragraph's end, and from the last node's share of the text with them. */
  const trimEnd = () => {
    const last = parts[parts.length - 1];
    if (last === undefined) return;
    const trimmed = last.trimEnd();
    if (trimmed.length === last.length) return;
    length -= last.length - trimmed.length;
    parts[parts.length - 1] = trimmed;
    const i = map.nodes.length - 1;
    const keep = Math.max(0, length - map.starts[i]!);
    map.lengths[i] = keep;
    const index = map.index[i];
    if (index) map.index[i] = index.slice(0, keep);
  };
  for (const { node, block, br } of entries) {
    const data = node.data;
    if (!data || !/[^\s\u00a0]/.test(data)) continue;
    if (lastBlock !== undefined && (block !== lastBlock || br !== lastBr)) {
      trimEnd();
      parts.push('\n\n');
      length += 2;
    }
    lastBlock = block;
    lastBr = br;

    const prevChar = lastChar();
    const atBreak = prevChar === undefined || prevChar === ' ' || prevChar === '\n';
    let out: string;
    let idx: number[] | null = null;
    // Most nodes need no collapsing: take them whole instead of character by character.
    if (!NEEDS_COLLAPSE.test(data) && !(atBreak && data[0] === ' ')) out = data;
    else {
      const chars: string[] = [];
      idx = [];
      for (let k = 0; k < data.length; k++) {
        const ch = data[k]!;
        if (SPACE.test(ch)) {
          const prev = chars.length ? chars[chars.length - 1] : prevChar;
          if (prev === undefined || prev === ' ' || prev === '\n') continue;
          chars.push(' ');
        } else chars.push(ch);
        idx.push(k);
      }
      out = chars.join('');
    }
    if (!out) continue;
    map.nodes.push(node);
    map.starts.push(length);
    map.lengths.push(out.length);
    map.index.push(idx && idx.length !== data.length ? Int32Array.from(idx) : null);
    parts.push(out);
    length += out.length;
  }
  trimEnd();
  map.text = parts.join('');
  return map;
}

export interface NodePiece {
  node: Text;
  /** The node's position in map.nodes (valid until a node before it is split). */
  at: number;
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
      at: i,
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
export function splitMappedNode(map: TextMap, node: Text, dataOffset: number, at = -1): Text {
  // `at` is where the caller knows the node to be: it spares a scan of the whole map on every split.
  const i = map.nodes[at] === node ? at : map.nodes.indexOf(node);
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
