// Years of reading in a real browser: Chromium with the e2e build, its IndexedDB filled through the background's
// own recording code with analyses of real texts from ../shared (PolNeAR articles, GMB pseudo-articles), dates
// spread over three years, at 100, 1,000 and 10,000 articles. At each size: recording, a card's history, the popup's
// page view with its timeline, export, erase, import and the database's size on disk; then the growth table.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { analyseAll } from '../history/analyses.ts';
import { corpusAvailable, gmbTexts, GMB_SENTENCES_PER_ARTICLE, polnearTexts } from '../history/corpus.ts';
import { planHistory } from '../history/plan.ts';
import { checkTimeline, TIMELINE_RULE } from '../history/timeline-check.ts';
import { launchChromium } from '../../test/e2e/lib/chromium.mjs';
import { waitFor } from '../../test/e2e/lib/harness.mjs';
import { ROOT } from '../../test/e2e/lib/paths.mjs';
import { waitForMarks } from '../../test/e2e/specs/page.mjs';

const SIZES = [100, 1000, 10000];
/** Held back from the history: the article open in the tab, then the "one more" articles timed at each size. */
const FRESH = 6;
const BATCH = 100;
/** Each held-back article is recorded this many times (under new addresses) at every size. */
const RECORD_ROUNDS = 4;
const EXT = path.join(ROOT, '.output/e2e/chrome-mv3');
const TARGETS = { card: 20, view: 100, record: 50 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const words = (t) => t.split(/\s+/).filter(Boolean).length;

/** The article in the tab: a held-back PolNeAR text as a plain news page, served from memory (never saved). */
function pageHtml(reading) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const [, ...paragraphs] = reading.text.text.split(/\n+/).filter((p) => p.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(reading.text.title)}</title>
<link rel="canonical" href="${esc(reading.url)}">
<meta property="article:published_time" content="${reading.published}T09:00:00Z"></head>
<body><article><h1>${esc(reading.text.title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

function serve(html) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      if (req.url !== '/article.html') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/article.html`, close: () => server.close() }),
    );
  });
}

/** Bytes of the extension's IndexedDB in the profile (LevelDB files and blobs). */
function diskBytes(profile, extensionId) {
  const dir = path.join(profile, 'Default/IndexedDB');
  const ours = fs.readdirSync(dir).filter((f) => f.startsWith(`chrome-extension_${extensionId}_`));
  return ours.reduce(
    (n, f) =>
      n +
      Number(
        execFileSync('du', ['-sb', path.join(dir, f)])
          .toString()
          .split('\t')[0],
      ),
    0,
  );
}

/** The entity in the most articles of the history so far, and one in a single article. */
function frequentAndRare(analyses) {
  const articles = new Map();
  for (const a of analyses) for (const e of a.entities) articles.set(e.key, (articles.get(e.key) ?? 0) + 1);
  const sorted = [...articles].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  // Not a person: a surname-only person may be joined to a full name (resolve-keys) and no longer be under its key.
  const rare = sorted.find(([k, n]) => n === 1 && !k.startsWith('person:'));
  return { frequent: sorted[0], rare };
}

export default async function bench() {
  if (!corpusAvailable()) {
    console.log('skipped: needs ../shared (PolNeAR and GMB texts)');
    return;
  }
  console.log('building the e2e extension (it alone answers the bench messages)…');
  const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build:e2e failed');

  const { history, later } = planHistory(polnearTexts(), gmbTexts(), SIZES.at(-1), FRESH);
  const analyses = analyseAll([...history, ...later], (line) => console.log(line));
  const fill = analyses.slice(0, history.length);
  const [pageReading, ...more] = later;
  const polnearIn = history.filter((r) => r.text.id.startsWith('polnear')).length;
  console.log(
    `history: ${history.length} texts (${polnearIn} PolNeAR articles, ${history.length - polnearIn} GMB pseudo-articles of ${GMB_SENTENCES_PER_ARTICLE} sentences), ` +
      `mean ${Math.round(fill.reduce((n, a) => n + words(a.text), 0) / fill.length)} words, ` +
      `${(fill.reduce((n, a) => n + a.entities.length, 0) / fill.length).toFixed(1)} entities and ` +
      `${(fill.reduce((n, a) => n + a.events.length, 0) / fill.length).toFixed(1)} dated events per article, published 2018-01-01 to 2020-12-31`,
  );

  const server = await serve(pageHtml(pageReading));
  const driver = await launchChromium({ extDir: EXT });
  const rows = [];
  try {
    const helper = driver.helper;
    /** Sends a message from the extension page `repeat` times; times each round trip in the page itself. */
    const timed = (type, body = {}, repeat = 1) =>
      helper.evaluate(
        async ({ type, body, repeat }) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const ms = [];
          let reply;
          for (let i = 0; i < repeat; i++) {
            const t = performance.now();
            reply = await api.runtime.sendMessage({ type, body });
            ms.push(performance.now() - t);
          }
          return { ms, reply };
        },
        { type, body, repeat },
      );
    const send = async (type, body) => (await timed(type, body)).reply;

    let filled = 0;
    let page = null;
    let tabId = null;
    for (const [step, size] of SIZES.entries()) {
      const fillMs = [];
      const fillStarted = Date.now();
      for (; filled < size; filled += BATCH) {
        const articles = history.slice(filled, Math.min(size, filled + BATCH)).map((r, i) => ({
          analysis: fill[filled + i],
          site: r.text.site,
          readAt: r.readAt,
        }));
        fillMs.push(...(await send('bench/record', { articles })).ms);
      }
      console.log(`\n${size} articles filled (${((Date.now() - fillStarted) / 1000).toFixed(0)} s)`);

      // The reader opens today's article: the content script reads and records it as on any page.
      if (!page) {
        ({ page } = await driver.open(server.url));
        tabId = await driver.tabIdFor(page);
      } else await driver.reload(page);
      await waitForMarks(page, { min: 5, timeout: 60000 });
      await waitFor(
        async () => {
          const { view } = await send('view/page', { tabId });
          return view?.article ? view : null;
        },
        { timeout: 60000, message: 'the popup view of the open article' },
      );
      const counts = await send('bench/counts');

      // One more article, 20 times: the held-back PolNeAR articles under new addresses, timed in the background.
      // A single slow recording on a loaded machine says little; the median of 20 says what recording costs.
      const recordMs = [];
      for (let round = 0; round < RECORD_ROUNDS; round++) {
        for (const [i, reading] of more.entries()) {
          const analysis = { ...analyses[history.length + 1 + i], url: `${reading.url}?size=${size}&round=${round}` };
          const { ms, reply } = await timed('bench/record', {
            articles: [{ analysis, site: reading.text.site, readAt: reading.readAt }],
          });
          recordMs.push({ inside: reply.ms[0], roundTrip: ms[0] });
        }
      }

      const { frequent, rare } = frequentAndRare(fill.slice(0, size));
      const card = async ([key]) => {
        const { ms, reply } = await timed('bench/card', { key, url: pageReading.url }, 21);
        return { ms: median(ms.slice(1)), earlier: reply.earlier.length, roles: reply.roles.length };
      };
      const cardFrequent = await card(frequent);
      const cardRare = await card(rare);
      const viewTimed = await timed('view/page', { tabId }, 11);
      const viewMs = median(viewTimed.ms.slice(1));
      const shown = viewTimed.reply.view;

      const disk = diskBytes(driver.profile, driver.extensionId);
      const before = await send('bench/counts');
      const exported = await timed('data/export');
      const json = exported.reply.json;
      const backup = JSON.parse(json);
      const timeline = checkTimeline(shown.timeline, backup, shown.article.url, shown.entities, TIMELINE_RULE);
      const erased = await timed('data/erase');
      const empty = await send('bench/counts');
      const imported = await timed('data/import', { json });
      const after = await send('bench/counts');
      const restored = JSON.stringify(after) === JSON.stringify(before);
      if (!imported.reply.ok || !restored || Object.values(empty).some((n) => n > 0))
        throw new Error(
          `round trip at ${size}: ${JSON.stringify({ before, empty, after, reply: imported.reply.error })}`,
        );

      const row = {
        size,
        articles: counts.articles,
        fill: median(fillMs.slice(-BATCH)),
        record: median(recordMs.map((r) => r.inside)),
        recordMax: Math.max(...recordMs.map((r) => r.inside)),
        recordP90: percentile(
          recordMs.map((r) => r.inside),
          0.9,
        ),
        recordTrip: median(recordMs.map((r) => r.roundTrip)),
        cardFrequent: cardFrequent.ms,
        cardRare: cardRare.ms,
        view: viewMs,
        export: exported.ms[0],
        erase: erased.ms[0],
        import: imported.ms[0],
        disk,
        backup: json.length,
      };
      rows.push(row);
      console.log(
        `rows: ${Object.entries(before)
          .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
          .join(', ')}`,
      );
      console.log(
        `card history: frequent ${frequent[0]} (in ${frequent[1]} articles) ${cardFrequent.ms.toFixed(1)} ms, ` +
          `${cardFrequent.earlier} earlier articles and ${cardFrequent.roles} roles shown; rare ${rare[0]} ${cardRare.ms.toFixed(1)} ms`,
      );
      console.log(
        `popup view: ${shown.entities.length} names, timeline ${timeline.own} own + ${timeline.earlier} earlier events ` +
          `chosen from ${timeline.relatedInHistory} related in the history; every earlier one shares a person, organization or named thing: ` +
          `${timeline.allShare ? 'yes' : 'NO'}; most shared ${timeline.maxShared} (best available ${timeline.expectedMaxShared}); ` +
          `the rule's choice (newest ${TIMELINE_RULE.perEntity} per linked entity, most shared then newest, ${TIMELINE_RULE.related} shown; ` +
          `${timeline.tiedAtCut} events tied at a per-entity cut, either way): ${timeline.matchesRule ? 'yes' : 'NO'}`,
      );
      console.log(
        `recording one more (${recordMs.length} times, ${more.length} PolNeAR articles; load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores): ` +
          `median ${row.record.toFixed(1)} ms, 90th percentile ${row.recordP90.toFixed(1)} ms, max ${row.recordMax.toFixed(1)} ms in the background, ` +
          `${row.recordTrip.toFixed(1)} ms with messaging; while filling, median of the last ${BATCH}: ${row.fill.toFixed(1)} ms`,
      );
      console.log(`backup round trip: ${(json.length / 1e6).toFixed(1)} MB, every table's row count restored: yes`);
      if (step === SIZES.length - 1) await page.close();
    }
  } finally {
    await driver.close();
    server.close();
  }
  printTable(rows);
}

function printTable(rows) {
  const ms = (x) => (x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en'));
  const mb = (b) => (b / 1e6).toFixed(1);
  const cols = [
    ['articles', (r) => r.size.toLocaleString('en')],
    ['record ms', (r) => ms(r.record)],
    ['card frequent ms', (r) => ms(r.cardFrequent)],
    ['card rare ms', (r) => ms(r.cardRare)],
    ['popup view ms', (r) => ms(r.view)],
    ['export ms', (r) => ms(r.export)],
    ['import ms', (r) => ms(r.import)],
    ['erase ms', (r) => ms(r.erase)],
    ['DB on disk MB', (r) => mb(r.disk)],
    ['backup MB', (r) => mb(r.backup)],
  ];
  const keys = ['record', 'cardFrequent', 'cardRare', 'view', 'export', 'import', 'erase', 'disk', 'backup'];
  const widths = cols.map(([h]) => Math.max(h.length, 9));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  console.log('\n## Growth: Chromium, e2e build, times are medians of round trips from an extension page');
  console.log(line(cols.map(([h]) => h)));
  for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));
  const [a, b] = [rows.at(-2), rows.at(-1)];
  // Growth per tenfold more articles: 10 is linear, more is super-linear.
  console.log(line(['×10 growth', ...keys.map((k) => `×${(b[k] / a[k]).toFixed(1)}`)]));
  const last = rows.at(-1);
  const verdict = (name, value, target) => `${name} ${ms(value)} ms ${value <= target ? '≤' : '>'} ${target}`;
  console.log(
    `targets at ${last.size.toLocaleString('en')}: ${verdict('card history', Math.max(last.cardFrequent, last.cardRare), TARGETS.card)}, ` +
      `${verdict('popup view', last.view, TARGETS.view)}, ${verdict('recording', last.record, TARGETS.record)}`,
  );
}
