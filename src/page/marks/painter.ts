import { piecesOf, splitMappedNode, type NodePiece, type TextMap } from '../../analysis/extract/text-map';
import type { Tone } from '../tone';
import type { MarkRegistry } from './registry';
import type { MarkKind, MarkSpec } from './spec';

export const MARK_CLASS = 'bs-mark';

const isText = (node: Node | null): node is Text => node?.nodeType === 3;

/**
 * Wraps text ranges of the live page in <span class="bs-mark"> elements, each registered with what it
 * stands for. Only inline spans are added and text nodes are split, never rewritten, so layout and the
 * page's own listeners are unaffected. Work is cut into slices so no task on the page's main thread runs long.
 */
export class MarkPainter {
  private readonly created = new WeakSet<Node>();
  /** Marks painted as controls (a role and a Tab stop): one per mark, never one inside another. */
  private readonly controls = new WeakSet<Node>();
  /** Text nodes split off the page's own, in the order they were made: restore() joins them back. */
  private readonly tails: Text[] = [];
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly registry: MarkRegistry,
    private readonly sliceMs = 8,
  ) {}

  /** True for nodes this painter made: the mutation observer ignores them. */
  isOurs(node: Node): boolean {
    return this.created.has(node);
  }

  /**
   * Paints `marks` in slices, in the page's tone; stops when `signal` aborts or everything is cleared
   * meanwhile.
   */
  async paint(map: TextMap, marks: readonly MarkSpec[], tone: Tone, signal?: AbortSignal): Promise<void> {
    const gen = this.generation;
    let sliceStart = performance.now();
    for (const mark of marks) {
      if (signal?.aborted || gen !== this.generation) return;
      // Last piece first: a split shifts only the map entries after it.
      const spans: HTMLElement[] = [];
      for (const piece of piecesOf(map, mark.start, mark.end).reverse()) {
        const span = this.wrap(map, piece, mark, tone);
        if (span) spans.unshift(span);
      }
      // The control is registered first, so features that look a mark up find it.
      const control = mark.quiet ? undefined : spans.find((span) => !this.insideControl(span.parentNode));
      if (control) this.makeControl(control, mark);
      for (const span of control ? [control, ...spans.filter((s) => s !== control)] : spans)
        this.registry.add(span, mark);
      if (performance.now() - sliceStart > this.sliceMs) {
        await new Promise((r) => setTimeout(r, 0));
        sliceStart = performance.now();
      }
    }
  }

  /** Splits through the map (so later pieces still resolve) and wraps the middle part. */
  private wrap(map: TextMap, { node, at, start, end }: NodePiece, mark: MarkSpec, tone: Tone): HTMLElement | null {
    if (!node.parentNode || !node.isConnected || end > node.data.length) return null;
    let middle = node;
    let middleAt = at;
    if (start > 0) {
      middle = splitMappedNode(map, node, start, at);
      middleAt = at + 1;
      this.created.add(middle);
      this.tails.push(middle);
    }
    if (end - start < middle.data.length) {
      const tail = splitMappedNode(map, middle, end - start, middleAt);
      this.created.add(tail);
      this.tails.push(tail);
    }
    // The wrapped node moves into our span now and back out on clear(): both moves are ours to ignore.
    this.created.add(middle);
    const parent = middle.parentNode!;
    const span = this.doc.createElement('span');
    span.className = [
      MARK_CLASS,
      `bs-${mark.kind}`,
      mark.kind === 'entity' ? `bs-${mark.type.toLowerCase()}` : '',
      mark.quiet ? 'bs-quiet' : '',
      tone === 'dark' ? 'bs-on-dark' : '',
    ]
      .filter(Boolean)
      .join(' ');
    // The attributes are presentation and the e2e contract (test/e2e/CONTRACT.md); features read the registry.
    span.dataset.bsKind = mark.kind;
    span.dataset.bsStart = String(mark.start);
    if (mark.kind === 'entity') {
      span.dataset.bsKey = mark.key;
      span.dataset.bsType = mark.type;
    } else if (mark.kind === 'attribution') {
      span.dataset.bsKey = mark.category;
      span.dataset.bsCategory = mark.category;
    } else {
      span.dataset.bsKey = mark.id;
      span.dataset.bsId = mark.id;
    }
    this.created.add(span);
    parent.replaceChild(span, middle);
    span.appendChild(middle);
    return span;
  }

  /**
   * A control that opens the card (a non-modal dialog); a label on a plain span would be ignored. One per
   * mark: its first piece that is not inside another mark's control ("Iraqi officials said" painted over
   * "Iraqi" gets its control on " officials said"), so every shown mark is a Tab stop and none is nested in
   * another. Quiet mentions and a mark's other pieces stay plain text for the keyboard and screen readers.
   */
  private makeControl(span: HTMLElement, mark: MarkSpec): void {
    this.controls.add(span);
    span.tabIndex = 0;
    span.setAttribute('role', 'button');
    span.setAttribute('aria-haspopup', 'dialog');
    span.setAttribute('aria-label', mark.label);
  }

  private insideControl(node: Node | null): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) if (this.controls.has(n)) return true;
    return false;
  }

  /**
   * Removes every mark and joins the text nodes split for them, so the page's text nodes are whole again:
   * as the page's own scripts expect, and as a new reading of the page matches them (text maps made
   * before are stale afterwards).
   */
  restore(): void {
    this.clear();
    for (const tail of this.tails.splice(0).reverse()) {
      const head = tail.previousSibling;
      if (!tail.parentNode || !isText(head)) continue;
      head.appendData(tail.data);
      tail.remove();
    }
  }

  /** Removes every span this painter added (of one kind, or all), leaving the text where it was. */
  clear(kind?: MarkKind): void {
    if (!kind) this.generation++;
    for (const { element } of this.registry.remove((spec) => !kind || spec.kind === kind)) {
      const parent = element.parentNode;
      if (!parent) continue;
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
      parent.removeChild(element);
    }
  }
}
