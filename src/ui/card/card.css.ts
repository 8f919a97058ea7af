/**
 * The card's own styles, inside its closed shadow root: the page's CSS cannot reach in, nor ours out. `.bs-dark`
 * is the page's tone (src/page/tone.ts). The key's swatches repeat the marks' palette (entrypoints/content/
 * marks.css); test/unit/page/palette.test.ts checks that they match, and the contrast of both.
 */
export const CARD_CSS = `
:host { all: initial; }
[hidden] { display: none !important; }
.bs-card, .bs-bar {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #dadce0; --accent: #1a56b0; --chip: #eef2f8;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); text-align: left;
}
.bs-card.bs-dark, .bs-bar.bs-dark { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --accent: #8ab4f8; --chip: #2d3440; }
.bs-card { width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); overflow: auto; padding: 14px 16px 10px; }
.bs-card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.bs-card :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 3px; }
.bs-card h2 { font-size: 17px; margin: 0 0 2px; font-weight: 650; }
.bs-card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; font-weight: 600; }
.bs-card p { margin: 4px 0; }
.bs-card ul { margin: 2px 0; padding-left: 18px; }
.bs-card li { margin: 2px 0; }
.bs-card a { color: var(--accent); }
.bs-type { display: inline-block; font-size: 12px; color: var(--muted); }
.bs-chip { display: inline-block; background: var(--chip); border-radius: 999px; padding: 1px 8px; margin: 2px 4px 2px 0; font-size: 12.5px; }
.bs-muted { color: var(--muted); font-size: 12.5px; }
.bs-question { font-weight: 600; }
.bs-footer { border-top: 1px solid var(--line); margin-top: 12px; padding-top: 6px; font-size: 12.5px; }
.bs-actions { display: flex; justify-content: space-between; gap: 8px; margin-top: 4px; }
.bs-key summary { cursor: pointer; color: var(--muted); }
.bs-key ul { list-style: none; padding: 0; margin: 4px 0; }
.bs-key li { margin: 3px 0; }
.bs-swatch { padding: 0 2px; border-radius: 2px; text-decoration: underline solid var(--line-c) 2px; text-underline-offset: .28em; text-decoration-skip-ink: none; background: var(--tint); }
.bs-swatch-person { --line-c: #b45309; --tint: rgba(245, 158, 11, 0.14); }
.bs-swatch-org { --line-c: #1d4ed8; --tint: rgba(59, 130, 246, 0.1); }
.bs-swatch-place { --line-c: #15803d; --tint: rgba(34, 197, 94, 0.1); }
.bs-swatch-group { --line-c: #7e22ce; --tint: rgba(168, 85, 247, 0.09); }
.bs-swatch-other { --line-c: #4b5563; --tint: rgba(107, 114, 128, 0.09); }
.bs-swatch-attribution { --line-c: #c2410c; --tint: transparent; text-decoration-style: dotted; }
.bs-swatch-saved { --line-c: transparent; --tint: rgba(253, 224, 71, 0.55); }
.bs-dark .bs-swatch-person { --line-c: #fbbf24; --tint: rgba(251, 191, 36, 0.22); }
.bs-dark .bs-swatch-org { --line-c: #60a5fa; --tint: rgba(96, 165, 250, 0.24); }
.bs-dark .bs-swatch-place { --line-c: #4ade80; --tint: rgba(74, 222, 128, 0.2); }
.bs-dark .bs-swatch-group { --line-c: #c084fc; --tint: rgba(192, 132, 252, 0.22); }
.bs-dark .bs-swatch-other { --line-c: #9ca3af; --tint: rgba(156, 163, 175, 0.2); }
.bs-dark .bs-swatch-attribution { --line-c: #fb923c; }
.bs-dark .bs-swatch-saved { --tint: rgba(250, 204, 21, 0.32); }
.bs-card kbd { font: 11.5px ui-monospace, monospace; border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
.bs-footer button, .bs-bar button, .bs-linkbtn {
  font: inherit; font-size: 12.5px; color: var(--accent); background: none; border: 0; padding: 2px 0; cursor: pointer;
}
.bs-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px; max-width: min(440px, calc(100vw - 16px)); }
.bs-bar .bs-refusal { flex-basis: 100%; margin: 0; font-size: 12.5px; }
.bs-bar .bs-save { background: var(--accent); color: var(--bg); border-radius: 6px; padding: 4px 10px; font-weight: 600; }
.bs-bar input { font: inherit; font-size: 13px; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 3px 6px; width: 180px; }
@media (prefers-reduced-motion: no-preference) {
  .bs-card:not([hidden]) { animation: bs-appear .12s ease-out; }
  @keyframes bs-appear { from { opacity: 0; } to { opacity: 1; } }
}
@media (forced-colors: active) {
  .bs-card, .bs-bar { border: 2px solid CanvasText; }
  .bs-swatch { background: none; text-decoration-color: CanvasText; }
  .bs-swatch-saved { forced-color-adjust: none; background: Highlight; color: HighlightText; }
}
.bs-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
