// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../../src/page/overlay';
import type { CardActions } from '../../../src/ui/card/Card';
import { AXE_TIMEOUT, axeViolations } from './axe';

const actions: CardActions = {
  onNextMention: vi.fn(),
  onChooseCandidate: vi.fn(),
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
    overlay.showCard(attribution, actions, { x: 100, y: 100, width: 80, height: 20 });
    expect(overlay.cardOpen).toBe(true);
    expect(overlay.card.hidden).toBe(false);
    expect(overlay.card.getAttribute('role')).toBe('dialog');
    const title = overlay.card.querySelector(`#${overlay.card.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Anonymous source');
    // Below the mark, 6 px apart, aligned with its left edge.
    expect(overlay.card.style.top).toBe('126px');
    expect(overlay.card.style.left).toBe('100px');
    expect(await violationsOf(overlay)).toEqual([]);
    overlay.updateCard({ ...attribution, question: 'Who exactly?' }, actions);
    expect(overlay.card.textContent).toContain('Ask: Who exactly?');
    overlay.hideCard();
    expect(overlay.cardOpen).toBe(false);
    expect(overlay.card.hidden).toBe(true);
    expect(overlay.card.textContent).toBe('');
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
