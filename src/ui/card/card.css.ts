/** The card's own styles, inside its closed shadow root: the page's CSS cannot reach in, nor ours out. */
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
@media (prefers-color-scheme: dark) {
  .bs-card, .bs-bar { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --accent: #8ab4f8; --chip: #2d3440; }
}
.bs-card { width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); overflow: auto; padding: 14px 16px 10px; }
.bs-card:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
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
.bs-footer { border-top: 1px solid var(--line); margin-top: 12px; padding-top: 6px; display: flex; justify-content: space-between; gap: 8px; }
.bs-footer button, .bs-bar button, .bs-linkbtn {
  font: inherit; font-size: 12.5px; color: var(--accent); background: none; border: 0; padding: 2px 0; cursor: pointer;
}
.bs-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px; max-width: min(440px, calc(100vw - 16px)); }
.bs-bar .bs-refusal { flex-basis: 100%; margin: 0; font-size: 12.5px; }
.bs-bar .bs-save { background: var(--accent); color: var(--bg); border-radius: 6px; padding: 4px 10px; font-weight: 600; }
.bs-bar input { font: inherit; font-size: 13px; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 3px 6px; width: 180px; }
.bs-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
