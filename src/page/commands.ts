import type { PageCommandResponses, PageCommands } from '../messages/page-commands';
import type { Handlers } from '../messages/route';
import type { Page } from './page';

/** What the page does on the background's and popup's commands (shortcuts, context menu, popup lists). */
export function pageCommandHandlers(page: Page) {
  return {
    'page/reveal': async (target) => ({ ok: page.session?.reveal(target) ?? false }),
    'page/save-selection': async () => ({ ok: (await page.session?.save.saveSelection()) ?? false }),
    'page/toggle': async () => ({ hidden: (await page.session?.toggleMarks()) ?? false }),
    'page/settings-changed': async () => {
      await page.refreshSettings();
      return { ok: true };
    },
    'page/whoami': async () => page.identity(),
  } satisfies Handlers<PageCommands, PageCommandResponses, void>;
}
