import { piecesOf, splitMappedNode, type NodePiece, type TextMap } from '../analysis/extract/text-map';

/** What one painted span stands for; becomes data-bs-* attributes on the <span>. */
export interface MarkSpec {
  start: number;
  end: number;
  kind: 'entity' | 'attribution' | 'saved';
  /** Entity key, attribution category, or saved-highlight id. */
  key: string;
  type?: string;
  focusable?: boolean;
  label: string;
}

export const MARK_CLASS = 'bs-mark';

/**
 * Wraps text ranges of the live page in <span class="bs-mark"> elements. Only inline spans are added and
 * text nodes are split, never rewritten, so layout and the page's own listeners are unaffected. Work is
 * cut into slices so no task on the page's main thread runs long.
 */
export class MarkPainter {
  private readonly created = new WeakSet<Node>();
  private readonly spans: HTMLElement[] = [];
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly sliceMs = 8,
  ) {}

  /** True for nodes this painter made: the mutation observer ignores them. */
  isOurs(node: Node): boolean {
    return this.created.has(node);
  }

  async paint(map: TextMap, marks: MarkSpec[], signal?: AbortSignal): Promise<void> {
    const gen = this.generation;
    let sliceStart = performance.now();
    for (const mark of marks) {
      if (signal?.aborted || gen !== this.generation) return;
      // Last piece first: a split shifts only the map entries after it.
      for (const piece of piecesOf(map, mark.start, mark.end).reverse()) this.wrap(map, piece, mark);
      if (performance.now() - sliceStart > this.sliceMs) {
        await new Promise((r) => setTimeout(r, 0));
        sliceStart = performance.now();
      }
    }
  }

  /** Splits through the map (so later pieces still resolve) and wraps the middle part. */
  private wrap(map: TextMap, { node, at, start, end }: NodePiece, mark: MarkSpec): void {
    if (!node.parentNode || !node.isConnected || end > node.data.length) return;
    let middle = node;
    let middleAt = at;
    if (start > 0) {
      middle = splitMappedNode(map, node, start, at);
      middleAt = at + 1;
      this.created.add(middle);
    }
    if (end - start < middle.data.length) this.created.add(splitMappedNode(map, middle, end - start, middleAt));
    // The wrapped node moves into our span now and back out on clear(): both moves are ours to ignore.
    this.created.add(middle);
    const parent = middle.parentNode!;
    const span = this.doc.createElement('span');
    span.className = `${MARK_CLASS} bs-${mark.kind}${mark.type ? ` bs-${mark.type.toLowerCase()}` : ''}`;
    span.dataset.bsKind = mark.kind;
    span.dataset.bsKey = mark.key;
    span.dataset.bsStart = String(mark.start);
    if (mark.kind === 'entity' && mark.type) span.dataset.bsType = mark.type;
    if (mark.kind === 'attribution') span.dataset.bsCategory = mark.key;
    if (mark.kind === 'saved') span.dataset.bsId = mark.key;
    span.tabIndex = mark.focusable ? 0 : -1;
    span.setAttribute('aria-label', mark.label);
    this.created.add(span);
    parent.replaceChild(span, middle);
    span.appendChild(middle);
    this.spans.push(span);
  }

  /** Removes every span this painter added (of one kind, or all), leaving the text where it was. */
  clear(kind?: MarkSpec['kind']): void {
    if (!kind) this.generation++;
    for (let i = this.spans.length - 1; i >= 0; i--) {
      const span = this.spans[i]!;
      if (kind && span.dataset.bsKind !== kind) continue;
      const parent = span.parentNode;
      if (parent) {
        while (span.firstChild) parent.insertBefore(span.firstChild, span);
        parent.removeChild(span);
      }
      this.spans.splice(i, 1);
    }
  }

  marks(): readonly HTMLElement[] {
    return this.spans;
  }
}
