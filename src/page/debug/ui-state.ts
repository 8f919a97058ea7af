import type { CardStyle, DebugCommands, DebugResponses, MarkFacts, Rect, UiState } from '../../messages/debug';
import { MARK_CLASS } from '../marks/painter';
import type { MarkRegistry } from '../marks/registry';
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

const styleOf = (card: HTMLElement, active: Element | null): CardStyle => {
  const view = card.ownerDocument.defaultView;
  const css = view?.getComputedStyle(card);
  const focused = active && active !== card ? view?.getComputedStyle(active) : null;
  return {
    animationName: css?.animationName ?? '',
    transitionDuration: css?.transitionDuration ?? '',
    color: css?.color ?? '',
    backgroundColor: css?.backgroundColor ?? '',
    borderStyle: css?.borderTopStyle ?? '',
    borderWidth: css?.borderTopWidth ?? '',
    borderColor: css?.borderTopColor ?? '',
    focusOutline: focused
      ? { style: focused.outlineStyle, width: focused.outlineWidth, color: focused.outlineColor }
      : null,
  };
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
      style: cardOpen && card ? styleOf(card, active) : null,
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

/** What every painted mark stands for, from the registry (end-to-end test builds only). */
export function markFacts(doc: Document, registry: MarkRegistry | undefined): MarkFacts[] {
  const order = [...doc.getElementsByClassName(MARK_CLASS)];
  return (registry?.all() ?? []).map(({ element, spec }) => ({
    index: order.indexOf(element),
    kind: spec.kind,
    text: element.textContent ?? '',
    start: spec.start,
    type: spec.kind === 'entity' ? spec.type : null,
    key: spec.kind === 'entity' ? spec.key : null,
    category: spec.kind === 'attribution' ? spec.category : null,
    id: spec.kind === 'saved' ? spec.id : null,
  }));
}

export function debugHandlers(page: Page, doc: Document) {
  return {
    'debug/ui-state': async () => uiState(page.session?.overlayIfOpen ?? null),
    'debug/marks': async () => ({ marks: markFacts(doc, page.session?.marks.registry) }),
  } satisfies Handlers<DebugCommands, DebugResponses, void>;
}
