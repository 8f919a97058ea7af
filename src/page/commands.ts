import type { PageCommandResponses, PageCommands } from '../messages/page-commands';
import type { Handlers } from '../messages/route';
import type { PageController } from './controller';

/** What the page does on the background's and popup's commands (shortcuts, context menu, popup lists). */
export function pageCommandHandlers(page: PageController) {
  return {
    'page/reveal': async (target) => ({ ok: page.revealTarget(target) }),
    'page/save-selection': async () => ({ ok: await page.saveSelection() }),
    'page/toggle': async () => ({ hidden: await page.toggle() }),
    'page/settings-changed': async () => {
      await page.settingsChanged();
      return { ok: true };
    },
    'page/whoami': async () => page.identity(),
    'debug/ui-state': async () => page.uiState(),
  } satisfies Handlers<PageCommands, PageCommandResponses, void>;
}
