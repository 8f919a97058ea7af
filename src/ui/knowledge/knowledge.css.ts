/**
 * Styles of the knowledge section, for the card's closed shadow root. They use the card's colour
 * variables (--fg, --muted, --line, --accent, --chip) with fallbacks, so dark mode follows the card.
 */
export const KNOWLEDGE_CSS = `
.bs-k { margin: 8px 0 4px; }
.bs-k-heading { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted, #5f6368); margin: 10px 0 4px; font-weight: 600; }
.bs-k-head { display: flex; gap: 10px; align-items: flex-start; }
.bs-k-thumb { flex: none; width: 64px; height: 64px; object-fit: cover; border-radius: 6px; background: var(--chip, #eef2f8); }
.bs-k-name { font-weight: 600; margin: 0; }
.bs-k-desc { color: var(--muted, #5f6368); font-size: 12.5px; margin: 1px 0 0; }
.bs-k-then { margin: 8px 0 4px; padding: 6px 8px; border-left: 3px solid var(--accent, #1a56b0); background: var(--chip, #eef2f8); border-radius: 0 6px 6px 0; font-size: 13px; }
.bs-k-extract { margin: 6px 0; font-size: 13px; }
.bs-k-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; font-size: 12.5px; }
.bs-k-facts dt { color: var(--muted, #5f6368); }
.bs-k-facts dd { margin: 0; }
.bs-k-when { color: var(--muted, #5f6368); }
.bs-k-source { font-size: 12px; color: var(--muted, #5f6368); margin: 6px 0 0; }
.bs-k-source a { color: var(--accent, #1a56b0); }
.bs-k-note { color: var(--muted, #5f6368); font-size: 12.5px; }
.bs-k-alts { font-size: 12.5px; margin-top: 4px; }
.bs-k-alts summary { cursor: pointer; color: var(--accent, #1a56b0); }
.bs-k-candidates { list-style: none; padding: 0; margin: 4px 0; }
.bs-k-candidates li { margin: 3px 0; }
.bs-k-pick {
  display: block; width: 100%; text-align: left; font: inherit; color: var(--fg, #1d1d1f); background: none;
  border: 1px solid var(--line, #dadce0); border-radius: 6px; padding: 4px 8px; cursor: pointer;
}
.bs-k-pick:hover, .bs-k-pick:focus-visible { border-color: var(--accent, #1a56b0); outline: none; }
.bs-k-pick-label { display: block; font-weight: 600; font-size: 13px; }
.bs-k-pick-desc { display: block; color: var(--muted, #5f6368); font-size: 12px; }
`;
