import type { DebugCommands, DebugResponses, Rect, UiState } from '../../messages/debug';
import type { Handlers } from '../../messages/route';
import type { Overlay } from '../overlay';
import type { Page } from '../page';

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

const focusName = (overlay: Overlay): string | null => {
  const active = (overlay.bar.getRootNode() as ShadowRoot).activeElement;
  if (!active) return null;
  return active.tagName === 'INPUT' ? 'note' : (active.textContent ?? '');
};

/** The card and save bar as the reader sees them (end-to-end test builds only, see messages/debug.ts). */
export function uiState(overlay: Overlay | null): UiState {
  const cardOpen = overlay?.cardOpen ?? false;
  const barOpen = overlay?.barOpen ?? false;
  const save = barOpen ? overlay?.bar.querySelector('[data-role="save"]') : null;
  const card = overlay?.card;
  const shadow = card?.getRootNode() as ShadowRoot | undefined;
  const active = shadow?.activeElement ?? null;
  return {
    card: {
      open: cardOpen,
      text: cardOpen ? (card?.textContent ?? '') : '',
      buttons:
        cardOpen && card
          ? [...card.querySelectorAll('button')].map((b) => ({ text: b.textContent ?? '', rect: rectOf(b) }))
          : [],
      rect: cardOpen && card ? rectOf(card) : null,
      visible: cardOpen && !!card && card.style.visibility !== 'hidden',
      focus: !cardOpen || !active ? null : active === card ? 'card' : (active.textContent ?? ''),
      markup: cardOpen && shadow ? shadow.innerHTML : '',
    },
    saveBar: {
      open: barOpen,
      text: barOpen ? (overlay?.bar.textContent ?? '') : '',
      rect: barOpen && overlay ? rectOf(overlay.bar) : null,
      buttonRect: save ? rectOf(save) : null,
      buttons:
        barOpen && overlay
          ? [...overlay.bar.querySelectorAll('button')].map((b) => ({ text: b.textContent ?? '', rect: rectOf(b) }))
          : [],
      focus: barOpen && overlay?.barFocused ? focusName(overlay) : null,
    },
  };
}

export function debugHandlers(page: Page) {
  return {
    'debug/ui-state': async () => uiState(page.session?.overlayIfOpen ?? null),
  } satisfies Handlers<DebugCommands, DebugResponses, void>;
}
