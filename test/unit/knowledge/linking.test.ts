import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWikimedia, startFakeWikimedia } from '../../fixtures/wikimedia/server';
import { Q } from '../../fixtures/wikimedia/world';
import { IRAQ_2020, linkedQid, query, serviceFor } from './helpers';

let server: FakeWikimedia;
beforeAll(async () => {
  server = await startFakeWikimedia();
});
afterAll(() => server.close());

describe('entity linking on the ambiguous fixtures', () => {
  it('"Iraqi Foreign Minister Fuad Hussein" is the minister, not the footballer or Saddam Hussein', async () => {
    const r = await serviceFor(server).lookup(
      query({
        name: 'Fuad Hussein',
        aliases: ['Hussein'],
        roles: ['Iraqi Foreign Minister'],
        context: IRAQ_2020,
        published: '2020-10-09',
      }),
    );
    expect(linkedQid(r)).toBe(Q.fuadHussein);
    if (r.status !== 'linked') return;
    expect(r.entity.description).toBe('Iraqi Kurdish politician');
    expect(r.entity.thenAndNow).toBe(
      'At the time of this article (Oct 2020): Minister of Foreign Affairs of Iraq, since Jun 2020. Still in office, per Wikidata.',
    );
    expect(r.alternatives.map((a) => a.qid)).toContain(Q.fuadFootballer);
  });

  it('a bare "Hussein" with a role no candidate holds is uncertain, never confidently Saddam', async () => {
    const r = await serviceFor(server).lookup(
      query({ name: 'Hussein', roles: ['Iraqi Foreign Minister'], context: IRAQ_2020, published: '2020-10-09' }),
    );
    expect(r.status).toBe('uncertain');
    if (r.status !== 'uncertain') return;
    expect(r.candidates.map((c) => c.qid)).toEqual([Q.saddam, Q.husseinOfJordan]);
    // The given-name item and the disambiguation page are never offered.
    expect(r.candidates.map((c) => c.qid)).not.toContain(Q.husseinName);
    expect(r.candidates.map((c) => c.qid)).not.toContain(Q.husseinDisambiguation);
  });

  it('"President Hussein" in a 2002 article about Iraq is Saddam Hussein', async () => {
    const r = await serviceFor(server).lookup(
      query({ name: 'Hussein', roles: ['President'], context: ['Iraq'], published: '2002-05-01' }),
    );
    expect(linkedQid(r)).toBe(Q.saddam);
    if (r.status !== 'linked') return;
    expect(r.entity.thenAndNow).toBe(
      'At the time of this article (May 2002): President of Iraq, since Jul 1979. Left office Apr 2003. Died 30 Dec 2006.',
    );
  });

  it('"al-Khadimi" / "Kadhimi" finds Mustafa Al-Kadhimi through a Wikidata alias, with the then-and-now line', async () => {
    const r = await serviceFor(server).lookup(
      query({
        name: 'Mustafa al-Khadimi',
        aliases: ['Kadhimi', 'al-Khadimi'],
        roles: ['Iraqi Prime Minister'],
        context: IRAQ_2020,
        published: '2020-10-09',
      }),
    );
    expect(linkedQid(r)).toBe(Q.kadhimi);
    if (r.status !== 'linked') return;
    expect(r.entity.thenAndNow).toBe(
      'At the time of this article (Oct 2020): Prime Minister of Iraq, since May 2020. Left office Oct 2022.',
    );
    expect(r.entity.extract.length).toBeLessThanOrEqual(500);
    expect(r.entity.extract.endsWith('.')).toBe(true);
    expect(r.entity.source).toMatchObject({
      url: 'https://en.wikipedia.org/wiki/Mustafa_Al-Kadhimi',
      licence: 'CC BY-SA 4.0',
    });
    expect(r.entity.facts).toContainEqual({
      kind: 'position',
      label: 'Position',
      value: 'Prime Minister of Iraq',
      when: 'May 2020 – Oct 2022',
    });
  });

  it('"Kadhimi" typed as a place only half-names the district: offered, not linked, and never the prime minister', async () => {
    const r = await serviceFor(server).lookup(query({ name: 'Kadhimi', type: 'PLACE', context: ['Baghdad'] }));
    expect(r.status).toBe('uncertain');
    if (r.status !== 'uncertain') return;
    expect(r.candidates.map((c) => c.qid)).toEqual([Q.kadhimiya]);
  });

  it('"President Salih" in 2020 is Barham Salih, not Ali Abdullah Saleh', async () => {
    const r = await serviceFor(server).lookup(
      query({ name: 'Salih', roles: ['President'], context: IRAQ_2020, published: '2020-10-09' }),
    );
    expect(linkedQid(r)).toBe(Q.barhamSalih);
    if (r.status !== 'linked') return;
    expect(r.entity.thenAndNow).toBe(
      'At the time of this article (Oct 2020): President of Iraq, since Oct 2018. Left office Oct 2022.',
    );
    // The 2017-shaped summary has no content_urls: the link is built from the title.
    expect(r.entity.source.url).toBe('https://en.wikipedia.org/wiki/Barham_Salih');
  });

  it('"President Salih" in a 2011 article about Yemen is Ali Abdullah Saleh', async () => {
    const r = await serviceFor(server).lookup(
      query({ name: 'Salih', roles: ['Yemeni President'], context: ['Yemen', 'Sanaa'], published: '2011-06-01' }),
    );
    expect(linkedQid(r)).toBe(Q.aliAbdullahSaleh);
  });

  it('searches mentions without their possessive', async () => {
    const before = server.requests.length;
    const r = await serviceFor(server).lookup(
      query({
        name: "Mustafa al-Khadimi's",
        aliases: ["Kadhimi's"],
        roles: ['Prime Minister'],
        published: '2020-10-09',
      }),
    );
    expect(linkedQid(r)).toBe(Q.kadhimi);
    const searched = server.requests
      .slice(before)
      .map((q) => q.params['search'])
      .filter(Boolean);
    expect(searched).toEqual(['Mustafa al-Khadimi', 'Kadhimi']);
  });

  it('the metonym "Washington" (a place, or an actor in "Washington warned") is the capital', async () => {
    const service = serviceFor(server);
    for (const type of ['PLACE', 'ORG'] as const) {
      const r = await service.lookup(query({ name: 'Washington', type, context: IRAQ_2020, published: '2020-10-09' }));
      expect(linkedQid(r)).toBe(Q.washingtonDC);
    }
  });

  it('a person called just "Washington" is not a place', async () => {
    const r = await serviceFor(server).lookup(
      query({ name: 'Washington', roles: ['President'], context: ['United States'] }),
    );
    expect(linkedQid(r)).toBe(Q.georgeWashington);
  });

  it('falls back to Wikipedia title search, skipping disambiguation pages', async () => {
    const before = server.requests.length;
    const r = await serviceFor(server).lookup(query({ name: 'Hashd al-Shaabi', type: 'ORG', context: IRAQ_2020 }));
    expect(linkedQid(r)).toBe(Q.pmf);
    const prefix = server.requests.slice(before).find((q) => q.params['generator'] === 'prefixsearch');
    expect(prefix?.params).toMatchObject({
      ppprop: 'disambiguation|wikibase_item',
      prop: 'description|pageprops',
      origin: '*',
    });
  });

  it('a search hit whose item was deleted gives no card', async () => {
    expect((await serviceFor(server).lookup(query({ name: 'Ghost Brigade', type: 'ORG' }))).status).toBe('none');
  });

  it('an unknown name gives none', async () => {
    expect((await serviceFor(server).lookup(query({ name: 'Zzyzx Nobody' }))).status).toBe('none');
  });

  it('an unreadable Wikipedia summary still gives a card, from Wikidata alone (CC0)', async () => {
    const r = await serviceFor(server).lookup(query({ name: 'Ali Abdullah Saleh', published: '2011-10-01' }));
    expect(linkedQid(r)).toBe(Q.aliAbdullahSaleh);
    if (r.status !== 'linked') return;
    expect(r.entity.extract).toBe('');
    expect(r.entity.description).toBe('President of Yemen from 1990 to 2012');
    expect(r.entity.source.licence).toBe('CC0');
    expect(r.entity.thenAndNow).toBe(
      'At the time of this article (Oct 2011): President of Yemen, since May 1990. Left office Feb 2012. Died 4 Dec 2017.',
    );
  });
});

describe("the reader's choice", () => {
  it('is remembered per name and links directly next time', async () => {
    const service = serviceFor(server);
    const q = query({
      name: 'Hussein',
      roles: ['Iraqi Foreign Minister'],
      context: IRAQ_2020,
      published: '2020-10-09',
    });
    expect((await service.lookup(q)).status).toBe('uncertain');
    await service.choose('Hussein', Q.husseinOfJordan);
    const r = await service.lookup(q);
    expect(linkedQid(r)).toBe(Q.husseinOfJordan);
    expect(r.status === 'linked' && r.chosenByReader).toBe(true);
  });

  it('never turns a chosen disambiguation page into card text', async () => {
    const service = serviceFor(server);
    await service.choose('Washington', Q.washingtonDisambiguation);
    const r = await service.lookup(query({ name: 'Washington', type: 'PLACE' }));
    expect(r.status).toBe('linked');
    if (r.status !== 'linked') return;
    expect(r.entity.extract).toBe('');
    expect(r.entity.description).not.toMatch(/same term/);
  });

  it('is ignored when the chosen item no longer exists', async () => {
    const service = serviceFor(server);
    await service.choose('Kadhimi', Q.deleted);
    const r = await service.lookup(query({ name: 'Kadhimi', roles: ['Prime Minister'], published: '2021-01-01' }));
    expect(linkedQid(r)).toBe(Q.kadhimi);
  });

  it('refuses ids that are not Wikidata items', async () => {
    await expect(serviceFor(server).choose('Washington', 'javascript:alert(1)')).rejects.toThrow();
  });
});

describe('privacy and etiquette', () => {
  it('keeps at most one request in flight per host, even with many cards at once', async () => {
    const fresh = await startFakeWikimedia({ latencyMs: 5 });
    try {
      const service = serviceFor(fresh);
      const names = ['Washington', 'Fuad Hussein', 'Kadhimi', 'Salih', 'Barham Salih', 'Hashd al-Shaabi'];
      const results = await Promise.all(names.map((name) => service.lookup(query({ name, context: IRAQ_2020 }))));
      expect(results.every((r) => r.status !== 'offline-error')).toBe(true);
      expect(fresh.requests.length).toBeGreaterThan(names.length);
      expect(fresh.maxInFlight()).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('makes no request before the first look-up', async () => {
    const before = server.requests.length;
    serviceFor(server);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests.length).toBe(before);
  });

  it('sends only names: no page address, roles or context leave the browser', async () => {
    const before = server.requests.length;
    await serviceFor(server).lookup(
      query({
        name: 'Mustafa al-Khadimi',
        aliases: ['Kadhimi'],
        roles: ['Iraqi Prime Minister'],
        context: ['Secret Context Name'],
        published: '2020-10-09',
      }),
    );
    const sent = server.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    const everything = JSON.stringify(sent.map((r) => [r.path, r.params]));
    expect(everything).not.toMatch(/Secret Context|Prime Minister|https?:\/\//);
    expect(sent.every((r) => r.apiUserAgent === 'Backstory-test/0.1 (unit tests)')).toBe(true);
    expect(sent.filter((r) => r.path === '/w/api.php').every((r) => r.params['origin'] === '*')).toBe(true);
  });

  it('takes nothing on trust from the message: junk fields are dropped, not sent', async () => {
    const before = server.requests.length;
    const r = await serviceFor(server).lookup({ name: 42, aliases: 'x', type: 'ALIEN', roles: null } as never);
    expect(r.status).toBe('none');
    expect(server.requests.length).toBe(before);
  });
});
