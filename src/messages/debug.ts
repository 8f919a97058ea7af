import type { RequestsOf } from './route';
import { obj } from './validate';

/**
 * Extension page → content script, in end-to-end test builds only (`npm run build:e2e`): what the card and
 * save bar show inside their closed shadow root, so a test can read them and click their buttons. Release
 * builds answer nothing of this (scripts/test-all.mjs checks their bundles).
 */
export const debugCommands = {
  'debug/ui-state': obj({}),
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

export interface DebugResponses {
  'debug/ui-state': UiState;
}
