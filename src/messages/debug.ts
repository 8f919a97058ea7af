import type { RequestsOf } from './route';
import { obj } from './validate';

/**
 * Extension page → content script, in end-to-end test builds only (`npm run build:e2e`): what the card and
 * save bar show inside their closed shadow root, so a test can read them and click their buttons, and what
 * each mark stands for (the page itself is never told). Release builds answer nothing of this
 * (scripts/test-all.mjs checks their bundles).
 */
export const debugCommands = {
  'debug/ui-state': obj({}),
  'debug/marks': obj({}),
};

export type DebugCommands = RequestsOf<typeof debugCommands>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Viewport coordinates, so a test can click the real buttons with the mouse. */
export interface UiState {
  card: {
    open: boolean;
    text: string;
    buttons: { text: string; rect: Rect }[];
    /** Where the card is, and whether it is shown there (it hides while its mark is out of view). */
    rect: Rect | null;
    visible: boolean;
    /** The focused element inside the card: "card" (the dialog itself), a control's text, or null. */
    focus: string | null;
    /** The shadow root's markup (styles included), so a test can run axe-core on a faithful open copy. */
    markup: string;
    /**
     * The card's computed style, and the outline of what has the focus inside it: how it looks under the
     * reader's settings (reduced motion, forced colours), which only the browser knows.
     */
    style: CardStyle | null;
  };
  saveBar: {
    open: boolean;
    text: string;
    rect: Rect | null;
    /** The "Save highlight" button. */
    buttonRect: Rect | null;
    buttons: { text: string; rect: Rect }[];
    /** What has the keyboard focus in the bar: a button's text, "note" for the note field, or null. */
    focus: string | null;
  };
}

export interface CardStyle {
  animationName: string;
  transitionDuration: string;
  color: string;
  backgroundColor: string;
  borderStyle: string;
  borderWidth: string;
  borderColor: string;
  /** The focused control's outline (null when the focus is not on a control inside the card). */
  focusOutline: { style: string; width: string; color: string } | null;
}

/** A painted mark: `index` is its place among the page's `.bs-mark` elements in document order. */
export interface MarkFacts {
  index: number;
  kind: 'entity' | 'attribution' | 'saved';
  text: string;
  /** Where the mark starts in the article's text (a mark's pieces share it). */
  start: number;
  /** Entities: their type and key; attributions: their category; saved highlights: their id. */
  type: string | null;
  key: string | null;
  category: string | null;
  id: string | null;
}

export interface DebugResponses {
  'debug/ui-state': UiState;
  'debug/marks': { marks: MarkFacts[] };
}
