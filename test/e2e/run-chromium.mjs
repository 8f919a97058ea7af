// End-to-end tests in Debian's Chromium with .output/chrome-mv3 loaded (npm run test:e2e:chromium).
import { launchChromium, launchPlainChromium } from './lib/chromium.mjs';
import { waitFor } from './lib/harness.mjs';
import { runE2E } from './lib/run.mjs';

/** The text inside <backstory-card>'s closed shadow root as the browser itself sees it (CDP, piercing). */
const closedShadowText = (driver) => async (page) => {
  const cdp = await driver.cdp(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = find(root, (n) => n.nodeName === 'BACKSTORY-CARD');
    const shadow = host?.shadowRoots?.find((r) => r.shadowRootType === 'closed');
    if (!shadow) return null;
    const texts = [];
    find(shadow, (n) => {
      if (n.nodeType === 3) texts.push(n.nodeValue);
      return false;
    });
    return texts.join(' ');
  } finally {
    await cdp.detach().catch(() => {});
  }
};

/** Stops the extension's service worker (CDP, from the helper tab, which shares its storage partition). */
const stopBackground = (driver) => async () => {
  const cdp = await driver.cdp(driver.helper);
  try {
    const status = new Map();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(driver.extensionOrigin)) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => status.size > 0 && [...status.values()].every((s) => s === 'stopped'), {
      timeout: 5000,
      message: "the extension's service worker to stop",
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
};

function find(node, predicate) {
  if (predicate(node)) return node;
  for (const child of [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ]) {
    const hit = find(child, predicate);
    if (hit) return hit;
  }
  return null;
}

await runE2E({
  title: 'e2e chromium',
  launch: () => launchChromium(process.env.BACKSTORY_E2E_EXT ? { extDir: process.env.BACKSTORY_E2E_EXT } : {}),
  launchPlain: launchPlainChromium,
  closedShadowText,
  stopBackground,
  emulateColorScheme: (page, colorScheme) => page.emulateMedia({ colorScheme }),
});
