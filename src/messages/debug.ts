export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * For the extension's own tests (extension page → content script): what the card and save bar show inside
 * their closed shadow root, in viewport coordinates, so a test can read them and click their real buttons.
 */
export interface UiState {
  card: { open: boolean; text: string; buttons: { text: string; rect: Rect }[] };
  saveBar: { open: boolean; text: string; rect: Rect | null; buttonRect: Rect | null };
}
