// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../../src/page/overlay';
import type { CardActions } from '../../../src/ui/card/Card';
import { AXE_TIMEOUT, axeViolations } from './axe';

const actions: CardActions = {
  onNextMention: vi.fn(),
  onChooseCandidate: vi.fn(),
  onSaveMark: vi.fn(),
  onDisableSite: vi.fn(),
  onDeleteHighlight: vi.fn(),
};
const attribution = {
  kind: 'attribution' as const,
  category: 'ANON_SOURCE' as const,
  text: 'officials said',
  explanation: 'The source is not named.',
  question: 'Which officials?',
};

/**
 * axe cannot enter a closed shadow root (that is the point of it): it checks a copy of the overlay's parts,
 * in an open one, with the same styles and structure.
 */
async function violationsOf(overlay: Overlay): Promise<string[]> {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const copy = document.createElement('div');
  copy.append(overlay.card.cloneNode(true), overlay.bar.cloneNode(true));
  root.append(copy);
  document.body.append(host);
  try {
    return await axeViolations(copy);
  } finally {
    host.remove();
  }
}

/** A mark on the page where jsdom, which lays nothing out, is told it is. */
function markAt(rect: { x: number; y: number; width: number; height: number }): HTMLElement {
  const mark = document.createElement('span');
  const box = DOMRect.fromRect(rect);
  mark.getBoundingClientRect = () => box;
  mark.getClientRects = () => Object.assign([box], { item: () => box }) as unknown as DOMRectList;
  document.body.append(mark);
  return mark;
}

// jsdom lays nothing out: the viewport Floating UI measures (the root element's client size) is given here.
beforeAll(() => {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1024 });
  Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, value: 768 });
});

let overlay: Overlay;
afterEach(() => overlay?.destroy());

describe('the overlay (card and save bar host)', { timeout: AXE_TIMEOUT }, () => {
  it('lives in a closed shadow root at the end of <html>, out of reach of page scripts', () => {
    overlay = new Overlay(document);
    expect(document.documentElement.lastElementChild).toBe(overlay.host);
    expect(overlay.host.shadowRoot).toBeNull();
    expect(overlay.contains(overlay.host)).toBe(true);
    expect(overlay.contains(document.body)).toBe(false);
    overlay.destroy();
    expect(overlay.host.isConnected).toBe(false);
  });

  it('shows a card as a dialog named by its title, below the mark, and hides it', async () => {
    overlay = new Overlay(document);
    const mark = markAt({ x: 100, y: 100, width: 80, height: 20 });
    overlay.showCard({ model: attribution, actions, showKey: false }, mark);
    expect(overlay.cardOpen).toBe(true);
    expect(overlay.card.hidden).toBe(false);
    expect(overlay.card.getAttribute('role')).toBe('dialog');
    const title = overlay.card.querySelector(`#${overlay.card.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Anonymous source');
    // Below the mark, 6 px apart, aligned with its left edge.
    await vi.waitFor(() => expect([overlay.card.style.top, overlay.card.style.left]).toEqual(['126px', '100px']));
    expect(await violationsOf(overlay)).toEqual([]);
    overlay.updateCard({ model: { ...attribution, question: 'Who exactly?' }, actions, showKey: false });
    expect(overlay.card.textContent).toContain('Ask: Who exactly?');
    overlay.hideCard();
    expect(overlay.cardOpen).toBe(false);
    expect(overlay.card.hidden).toBe(true);
    expect(overlay.card.textContent).toBe('');
    mark.remove();
  });

  it('never covers the line being read: above the mark when there is no room below', async () => {
    overlay = new Overlay(document);
    const mark = markAt({ x: 100, y: 700, width: 80, height: 20 });
    Object.defineProperty(overlay.card, 'offsetHeight', { configurable: true, value: 300 });
    Object.defineProperty(overlay.card, 'offsetWidth', { configurable: true, value: 360 });
    overlay.showCard({ model: attribution, actions, showKey: false }, mark);
    // jsdom's viewport is 768 px high: 34 px below the mark, 686 above; the card ends 6 px above the mark.
    await vi.waitFor(() => expect(overlay.card.style.top).toBe(`${700 - 6 - 300}px`));
    mark.remove();
  });

  it('takes the page tone, and Tab past its last control hands the focus back', async () => {
    overlay = new Overlay(document, 'dark');
    expect(overlay.card.classList.contains('bs-dark')).toBe(true);
    overlay.setTone('light');
    expect(overlay.card.classList.contains('bs-dark')).toBe(false);
    const mark = markAt({ x: 10, y: 10, width: 40, height: 20 });
    const onTabOut = vi.fn();
    overlay.showCard({ model: attribution, actions, showKey: false }, mark, { onTabOut });
    overlay.focusCard();
    const last = [...overlay.card.querySelectorAll('button')].at(-1)!;
    last.focus();
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(onTabOut).toHaveBeenCalledTimes(1);
    mark.remove();
  });

  it('shows the save bar below a selection, says why a save was refused, and hides it', async () => {
    overlay = new Overlay(document);
    const onSave = vi.fn();
    overlay.showBar({ top: 300, bottom: 320, left: 40, lineHeight: 24 }, { onSave, onCancel: vi.fn() });
    expect(overlay.barOpen).toBe(true);
    expect(overlay.bar.getAttribute('role')).toBe('toolbar');
    expect(overlay.bar.style.top).toBe('326px');
    expect(overlay.bar.style.left).toBe('40px');
    overlay.barMessage('Not saved: Backstory keeps nothing from private windows.');
    expect(overlay.bar.querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved: Backstory keeps nothing from private windows.',
    );
    // The message keeps the bar's callbacks.
    overlay.bar.querySelector<HTMLButtonElement>('[data-role="save"]')!.click();
    expect(onSave).toHaveBeenCalledWith('');
    expect(await violationsOf(overlay)).toEqual([]);
    overlay.hideBar();
    expect(overlay.barOpen).toBe(false);
    expect(overlay.bar.hidden).toBe(true);
  });

  it("keeps the note's keys from the page, gives the focus back when the bar closes", () => {
    overlay = new Overlay(document);
    const before = document.body.appendChild(document.createElement('button'));
    before.focus();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    try {
      overlay.showBar({ top: 300, bottom: 320, left: 40, lineHeight: 24 }, { onSave: vi.fn(), onCancel: vi.fn() });
      overlay.focusBar();
      expect(overlay.barFocused).toBe(true);
      overlay.bar.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      expect(pageKeys).not.toHaveBeenCalled();
      overlay.hideBar();
      expect(document.activeElement).toBe(before);
    } finally {
      document.removeEventListener('keydown', pageKeys);
      before.remove();
    }
  });
});
