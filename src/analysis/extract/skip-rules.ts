/**
 * Where Backstory never reads or paints: form fields, editable text, code, graphics and page chrome.
 * "When in doubt, don't highlight."
 */
export const SKIP_SELECTOR = [
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'label',
  'form',
  '[contenteditable]:not([contenteditable="false"])',
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'nav',
  'header',
  'footer',
  'aside',
  'figcaption',
  'menu',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',');

/** True when the element or one of its ancestors is a place Backstory must leave alone. */
export function isInSkippedArea(el: Element | null): boolean {
  return !!el && el.closest(SKIP_SELECTOR) !== null;
}

/** isInSkippedArea with a memo per element: text nodes share ancestors, so each element is matched once. */
export function skipChecker(): (el: Element | null) => boolean {
  const memo = new Map<Element, boolean>();
  const check = (el: Element | null): boolean => {
    if (!el) return false;
    let v = memo.get(el);
    if (v === undefined) {
      v = el.matches(SKIP_SELECTOR) || check(el.parentElement);
      memo.set(el, v);
    }
    return v;
  };
  return check;
}
