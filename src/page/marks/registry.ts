import type { MarkKind, MarkSpec } from './spec';

/** A painted mark: the element on the page and what it stands for. */
export interface Mark {
  element: HTMLElement;
  spec: MarkSpec;
}

const isNode = (target: EventTarget | null): target is Node => !!target && 'nodeType' in target;

/**
 * Which painted element stands for which mark. Every feature asks here (never the page's DOM, which the
 * page can rewrite): an element is a mark only if the painter registered it.
 */
export class MarkRegistry {
  private readonly byNode = new WeakMap<Node, Mark>();
  private readonly painted: Mark[] = [];

  add(element: HTMLElement, spec: MarkSpec): void {
    const mark = { element, spec };
    this.byNode.set(element, mark);
    this.painted.push(mark);
  }

  /** Forgets the marks for which `test` holds (all when it is left out) and returns them, last painted first. */
  remove(test: (spec: MarkSpec) => boolean = () => true): Mark[] {
    const removed: Mark[] = [];
    for (let i = this.painted.length - 1; i >= 0; i--) {
      const mark = this.painted[i]!;
      if (!test(mark.spec)) continue;
      this.byNode.delete(mark.element);
      this.painted.splice(i, 1);
      removed.push(mark);
    }
    return removed;
  }

  /** The mark an element is, if it is one of ours. */
  get(element: Node): Mark | undefined {
    return this.byNode.get(element);
  }

  /** The innermost mark that holds `target` (an event's target: the mark itself or text in it), or null. */
  markAt(target: EventTarget | null): Mark | null {
    for (let node = isNode(target) ? target : null; node; node = node.parentNode) {
      const mark = this.byNode.get(node);
      if (mark) return mark;
    }
    return null;
  }

  /** Painted marks in painting order (each entity's mentions in document order), optionally of one kind. */
  all(kind?: MarkKind): Mark[] {
    return kind ? this.painted.filter((m) => m.spec.kind === kind) : [...this.painted];
  }

  /** The first painted mark that passes `test`. */
  find(test: (spec: MarkSpec) => boolean): Mark | undefined {
    return this.painted.find((m) => test(m.spec));
  }
}
