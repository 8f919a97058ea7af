// Time from the start of a hover to a card showing its Wikipedia background, in Chromium with the e2e build
// (look-ups go to the fake Wikimedia server, here with 40 ms added to every answer), cold cache then warm.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startFakeWikimedia } from '../../test/fixtures/wikimedia/server.ts';
import { launchChromium } from '../../test/e2e/lib/chromium.mjs';
import { ROOT } from '../../test/e2e/lib/paths.mjs';
import { startServer } from '../../test/e2e/lib/server.mjs';
import { centreOf, waitForMarks } from '../../test/e2e/specs/page.mjs';
import { WIKIMEDIA_PORT } from '../../test/e2e/lib/wikimedia-port.mjs';

// The fake server answers the first look-up of Mike Pompeo with 429 + Retry-After: the back-off shows here.
const NAMES = ['Mustafa al-Kadhimi', 'Fuad Hussein', 'Barham Salih', 'Mike Pompeo'];
const EXT = path.join(ROOT, '.output/e2e/chrome-mv3');

export default async function bench() {
  if (!fs.existsSync(path.join(EXT, 'manifest.json')))
    spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: ROOT, stdio: 'ignore' });
  const wikimedia = await startFakeWikimedia({ port: WIKIMEDIA_PORT, latencyMs: 40 });
  const server = await startServer();
  const driver = await launchChromium({ extDir: EXT });
  try {
    const { page } = await driver.open(server.url('/knowledge-2020.html'));
    await waitForMarks(page, { min: 5, within: 'article' });
    const tabId = await driver.tabIdFor(page);
    const measure = async (name) => {
      const index = await page.evaluate(
        (name) =>
          [...document.querySelectorAll('span.bs-mark[data-bs-kind="entity"]')].findIndex(
            (m) => m.textContent === name,
          ),
        name,
      );
      await page.mouse.move(1, 1);
      const { x, y } = await centreOf(page, 'span.bs-mark[data-bs-kind="entity"]', index);
      await new Promise((r) => setTimeout(r, 400)); // the previous card closes
      const started = performance.now();
      await page.mouse.move(x, y);
      let open = NaN;
      for (;;) {
        const state = await driver.uiState(tabId);
        const text = state?.card?.text ?? '';
        const t = performance.now() - started;
        if (state?.card?.open && Number.isNaN(open)) open = t;
        if (state?.card?.open && text.includes('Background') && !text.includes('Looking up'))
          return { open, background: t };
        if (t > 5000) return { open, background: NaN };
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const cold = [];
    for (const name of NAMES) cold.push(await measure(name));
    const requests = wikimedia.requests.length;
    const warm = [];
    for (const name of NAMES) warm.push(await measure(name));
    const fmt = (xs, k) => xs.map((x) => `${Math.round(x[k])}`).join(' / ');
    const worst = (xs, k) => Math.round(Math.max(...xs.map((x) => x[k])));
    console.log(
      '## Cards in Chromium: from the pointer entering a name (fake Wikimedia, +40 ms per answer), ms per name',
    );
    console.log(`names: ${NAMES.join(' / ')}`);
    console.log(
      `cold cache (${requests} requests): card open ${fmt(cold, 'open')} (worst ${worst(cold, 'open')}, target ≤ 500 + polling); background shown ${fmt(cold, 'background')}`,
    );
    console.log(
      `warm cache (${wikimedia.requests.length - requests} new requests): card open ${fmt(warm, 'open')}; background shown ${fmt(warm, 'background')}`,
    );
    console.log(
      `max requests in flight to the server at once: ${wikimedia.maxInFlight()} (target 1 per host; Wikipedia and Wikidata share this one)`,
    );
    console.log(
      '(the card is shown 500 ms after the hover starts by design, so fast answers do not flash; polling adds ~10 ms)',
    );
  } finally {
    await driver.close();
    await server.close();
    await wikimedia.close();
  }
}
