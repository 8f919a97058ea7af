import type { SavedHighlight } from '../../highlights/types';
import type { RevealTarget } from '../../messages/page-commands';
import type { PageSession } from '../session';
import { pageTone, type Tone } from '../tone';
import { MarkPainter } from './painter';
import { marksFor, savedMark, savedMarks } from './plan';
import { MarkRegistry } from './registry';

/**
 * The marks on the article: names, vague attributions and saved highlights, painted from the session's
 * analysis and settings (what to mark is decided in plan.ts), and hidden or shown by the reader's shortcut.
 */
export class MarksFeature {
  /** Which element is which mark; the card and save features ask here. */
  readonly registry = new MarkRegistry();
  private readonly painter: MarkPainter;
  private hiddenByReader = false;
  private orphanIds: string[] = [];
  /** The page's tone, read when the marks were last painted; the card takes it too. */
  tone: Tone = 'light';

  constructor(private readonly session: PageSession) {
    this.painter = new MarkPainter(session.doc, this.registry);
  }

  /** Nodes the painter made (the late-content observer ignores them). */
  isOurs(node: Node): boolean {
    return this.painter.isOurs(node);
  }

  /** Saved highlights of this page that no longer fit its text. */
  get orphans(): readonly string[] {
    return this.orphanIds;
  }

  /** Paints every mark of the session's article, replacing those painted before. */
  async paint(): Promise<void> {
    this.painter.clear();
    const state = this.session.current;
    if (!state || this.hiddenByReader) return;
    const { map } = state.article;
    this.tone = pageTone(this.session.win, map.nodes);
    const saved = this.anchorSaved(map.text, state.highlights);
    await this.painter.paint(
      map,
      [...marksFor({ ...state.analysis, text: map.text }, this.session.settings), ...saved],
      this.tone,
      this.session.scope.signal,
    );
  }

  /** Paints the saved highlights again (one was deleted). */
  async repaintSaved(): Promise<void> {
    this.painter.clear('saved');
    const state = this.session.current;
    if (!state || this.hiddenByReader) return;
    const saved = this.anchorSaved(state.article.map.text, state.highlights);
    await this.painter.paint(state.article.map, saved, this.tone, this.session.scope.signal);
  }

  /** Paints a highlight just saved, where the reader selected it. */
  async paintSaved(highlight: SavedHighlight, start: number, end: number): Promise<void> {
    const state = this.session.current;
    if (!state || this.hiddenByReader) return;
    const mark = savedMark(highlight.id, start, end);
    await this.painter.paint(state.article.map, [mark], this.tone, this.session.scope.signal);
  }

  /** Removes the marks; the article's text map stays valid, so they can be painted again. */
  clear(): void {
    this.painter.clear();
  }

  /** Removes the marks and leaves the page's text nodes as they were, before the page is read again. */
  restorePage(): void {
    this.painter.restore();
  }

  /** The show/hide shortcut; returns whether the marks are now hidden. */
  async toggle(): Promise<boolean> {
    this.hiddenByReader = !this.hiddenByReader;
    if (this.hiddenByReader) this.clear();
    else await this.paint();
    return this.hiddenByReader;
  }

  /** The mark the popup points at: an entity's first mention, an attribution, a saved highlight. */
  find(target: RevealTarget): HTMLElement | undefined {
    return this.registry.find((spec) => {
      if (spec.kind !== target.kind) return false;
      if (spec.kind === 'entity') return spec.key === target.key;
      if (spec.kind === 'saved') return spec.id === target.key;
      return spec.start === target.start && spec.category === target.key;
    })?.element;
  }

  private anchorSaved(text: string, highlights: readonly SavedHighlight[]) {
    const { marks, orphans } = savedMarks(text, highlights);
    this.orphanIds = orphans;
    return marks;
  }
}
