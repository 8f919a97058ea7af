/**
 * Knowledge look-ups against the fake Wikimedia on 127.0.0.1: time to a card with a cold cache (with no
 * added latency, and with 40 ms per request to imitate a real round trip), work per look-up from a
 * warm IndexedDB cache (fake-indexeddb), the most requests ever in flight to the host, and requests
 * made before any look-up. Targets (issue 5): cold ≤ 500 ms, warm ≤ 50 ms, ≤ 1 in flight, 0 before.
 * Runnable alone: `npx tsx bench/sections/knowledge.ts`.
 */
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDexieKnowledgeCache, createKnowledgeService } from '../../src/knowledge';
import type { KnowledgeCache, LookupQuery } from '../../src/knowledge';
import { type FakeWikimedia, startFakeWikimedia } from '../../test/fixtures/wikimedia/server';

const CONTEXT = ['Iraq', 'Baghdad', 'Iran', 'Mike Pompeo', 'United States', 'Washington'];
const base = { aliases: [], roles: [], context: CONTEXT, published: '2020-10-09' };
const QUERIES: LookupQuery[] = [
  { ...base, name: 'Fuad Hussein', aliases: ['Hussein'], type: 'PERSON', roles: ['Iraqi Foreign Minister'] },
  {
    ...base,
    name: 'Mustafa al-Khadimi',
    aliases: ['Kadhimi', 'al-Khadimi'],
    type: 'PERSON',
    roles: ['Iraqi Prime Minister'],
  },
  { ...base, name: 'Salih', type: 'PERSON', roles: ['President'] },
  { ...base, name: 'Washington', type: 'PLACE' },
  { ...base, name: 'Hussein', type: 'PERSON', roles: ['Iraqi Foreign Minister'] },
  { ...base, name: 'Hashd al-Shaabi', type: 'ORG' },
  { ...base, name: 'Barham Salih', aliases: ['Salih'], type: 'PERSON', roles: ['Iraqi President'] },
];

let dbs = 0;

/** `wikidata` defaults to the same server; a second one gives Wikidata its own host, as in production. */
function service(server: FakeWikimedia, cache: KnowledgeCache, wikidata: FakeWikimedia = server) {
  return createKnowledgeService({
    fetch,
    cache,
    wikipediaBase: server.baseUrl,
    wikidataBase: wikidata.baseUrl,
    userAgent: 'Backstory-bench/0.1',
    sleep: async () => {},
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function coldRun(latencyMs: number): Promise<{ times: number[]; requests: number[]; maxInFlight: number }> {
  const server = await startFakeWikimedia({ latencyMs });
  const wikidata = await startFakeWikimedia({ latencyMs });
  const sent = () => server.requests.length + wikidata.requests.length;
  const times: number[] = [];
  const requests: number[] = [];
  try {
    for (let round = 0; round < 3; round++) {
      const cache = createDexieKnowledgeCache(`bench-cold-${++dbs}`);
      const svc = service(server, cache, wikidata);
      for (const q of QUERIES) {
        const before = sent();
        const t0 = performance.now();
        await svc.lookup(q);
        times.push(performance.now() - t0);
        requests.push(sent() - before);
      }
      cache.close();
    }
    // All cards at once (a popup listing every entity) through the background's one service: the queue
    // must still send one request at a time.
    const cache = createDexieKnowledgeCache(`bench-cold-${++dbs}`);
    const svc = service(server, cache, wikidata);
    await Promise.all(QUERIES.map((q) => svc.lookup(q)));
    cache.close();
    return { times, requests, maxInFlight: Math.max(server.maxInFlight(), wikidata.maxInFlight()) };
  } finally {
    await Promise.all([server.close(), wikidata.close()]);
  }
}

export default async function main(): Promise<void> {
  console.log('## Knowledge look-ups (fake Wikimedia on 127.0.0.1, Dexie cache on fake-indexeddb)');
  const idle = await startFakeWikimedia();
  const idleCache = createDexieKnowledgeCache(`bench-idle-${++dbs}`);
  service(idle, idleCache);
  await new Promise((r) => setTimeout(r, 100));
  console.log(`requests before any look-up: ${idle.requests.length} (target 0)`);
  idleCache.close();
  await idle.close();

  for (const latency of [0, 40]) {
    const { times, requests, maxInFlight } = await coldRun(latency);
    console.log(
      `cold cache, ${latency} ms added per request, Wikipedia and Wikidata on two hosts: ${QUERIES.length} names × 3 rounds: median ${ms(median(times))}, ` +
        `p90 ${ms(pct(times, 0.9))}, max ${ms(Math.max(...times))} (target ≤ 500 ms); ` +
        `requests per look-up median ${median(requests)}, max ${Math.max(...requests)}; ` +
        `max in flight to one host ${maxInFlight} (target 1)`,
    );
  }

  const server = await startFakeWikimedia();
  const cache = createDexieKnowledgeCache(`bench-warm-${++dbs}`);
  const warming = service(server, cache);
  await Promise.all(QUERIES.map((q) => warming.lookup(q)));
  const before = server.requests.length;
  const warm: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 20; round++) {
    const svc = service(server, cache);
    for (const q of QUERIES) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await svc.lookup(q);
      warm.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  console.log(
    `warm cache: ${warm.length} look-ups: wall median ${ms(median(warm))}, p95 ${ms(pct(warm, 0.95))}, max ${ms(Math.max(...warm))}; ` +
      `CPU median ${ms(median(cpu))}, p95 ${ms(pct(cpu, 0.95))}, max ${ms(Math.max(...cpu))} (target ≤ 50 ms); ` +
      `requests sent ${server.requests.length - before}`,
  );
  cache.close();
  await server.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
