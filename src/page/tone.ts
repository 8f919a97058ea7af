import { luminance, parseColor } from './color';

/** Whether the page is light (dark text) or dark (light text): marks and cards take the page's tone. */
export type Tone = 'light' | 'dark';

/** Text lighter than this (relative luminance) is read as light text on a dark page. */
const LIGHT_TEXT = 0.4;

/**
 * The page's tone from the colours of its article text (as computed styles give them). The text, not the
 * background, is asked: backgrounds are often images or transparent all the way up, while text must contrast
 * with whatever is behind it. The browser's colour scheme says nothing about a site that is dark on its own.
 */
export function toneOf(textColors: readonly string[]): Tone {
  const lums = textColors
    .map(parseColor)
    .filter((c) => c !== null && c.a > 0.5)
    .map((c) => luminance(c!))
    .sort((a, b) => a - b);
  if (lums.length === 0) return 'light';
  return lums[Math.floor(lums.length / 2)]! > LIGHT_TEXT ? 'dark' : 'light';
}

/** The tone of the page around the article's text nodes: a few, spread through the article, are asked. */
export function pageTone(win: Window, nodes: readonly Text[], samples = 7): Tone {
  const colors: string[] = [];
  const step = Math.max(1, Math.floor(nodes.length / samples));
  for (let i = 0; i < nodes.length && colors.length < samples; i += step) {
    const el = nodes[i]!.parentElement;
    if (el) colors.push(win.getComputedStyle(el).color);
  }
  return toneOf(colors);
}
