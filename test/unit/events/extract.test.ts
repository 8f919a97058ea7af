import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/analysis/events';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { Entity, EntityType } from '../../../src/analysis/types';

/** Entities from [key, type, surface…]: every occurrence of each surface form is a mention. */
function entitiesOf(text: string, specs: [string, EntityType, ...string[]][]): Entity[] {
  return specs.map(([key, type, ...surfaces]) => {
    const mentions = surfaces.flatMap((s) => {
      const found = [];
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
        found.push({ start: i, end: i + s.length, text: s });
      return found;
    });
    return { key, name: surfaces[0]!, type, roles: [], mentions };
  });
}

function extract(text: string, published: string | null, entities: Entity[] = []) {
  return extractEvents(text, splitSentences(text), entities, published);
}

describe('extractEvents', () => {
  const text =
    'Iraqi Foreign Minister Rashid al-Obeidi met UN envoys in Baghdad on Monday. ' +
    'The United States killed Qassem Soleimani in Baghdad in January. ' +
    'The dam was seized by militants in 2014, and Obeidi visited it in March 2019. ' +
    'The next round of talks will take place on Nov. 3 in Geneva. ' +
    'Obeidi has led the ministry since 2018. ' +
    'Some analysts say talks began a few days ago.';
  const entities = entitiesOf(text, [
    ['rashid-al-obeidi', 'PERSON', 'Rashid al-Obeidi', 'Obeidi'],
    ['un', 'ORG', 'UN'],
    ['baghdad', 'PLACE', 'Baghdad'],
    ['united-states', 'PLACE', 'United States'],
    ['qassem-soleimani', 'PERSON', 'Qassem Soleimani'],
    ['geneva', 'PLACE', 'Geneva'],
  ]);

  it('resolves dates against the publication date and links entities by offsets', () => {
    const events = extract(text, '2020-10-07', entities);
    expect(events.map((e) => [e.date, e.entities])).toEqual([
      ['2020-10-05', ['rashid-al-obeidi', 'un', 'baghdad']],
      ['2020-01', ['united-states', 'qassem-soleimani', 'baghdad']],
      ['2014', []],
      ['2019-03', ['rashid-al-obeidi']],
      ['2020-11-03', ['geneva']],
      ['2018', ['rashid-al-obeidi']],
      ['2020-10', []],
    ]);
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('spans the sentence for one date and the clause for several', () => {
    const events = extract(text, '2020-10-07', entities);
    expect(events[1]!.text).toBe('The United States killed Qassem Soleimani in Baghdad in January.');
    expect(events[2]!.text).toBe('The dam was seized by militants in 2014');
    expect(events[3]!.text).toBe('and Obeidi visited it in March 2019.');
  });

  it('keeps only absolute dates without a publication date', () => {
    expect(extract(text, null, entities).map((e) => e.date)).toEqual(['2014', '2019-03', '2018']);
  });

  it('skips periods, measurements, forecasts and vague times', () => {
    const t =
      'Growth was the highest since 2012. ' +
      'The caucus has not held the majority since 2010. ' +
      'The prison population stood at 2.3 million as of 2008. ' +
      'The failure to comprehend the threat before Sept. 11 is excusable. ' +
      'Donations hit $1.1 billion through the end of August. ' +
      'Growth was 2 percent in 2017, more than in 2016. ' +
      'In 2012, 43 percent of the money came from small donors. ' +
      'The police reported 2,521 shootings between January 1 and September 18. ' +
      'The rules break the National Voter Registration Act of 1993, the court said. ' +
      'Interest payments will overtake Medicaid in 2023. ' +
      'The government will pay more in interest this year. ' +
      'The wall will cost $4 billion next year. ' +
      'The country will cut emissions by 2030. ' +
      'The Islamists, who held power from 2011 to 2013, lost the vote. ' +
      'Sadr issued a statement many weeks ago. ' +
      'Super PACs have raised $1 million or more since Jan. 1, 2015. ' +
      'The app was downloaded a million times in 10 days. ' +
      'Unemployment fell to its lowest level in six months. ' +
      'It was the first time in three weeks that he spoke. ' +
      'First published February 1, 2016.';
    expect(extract(t, '2018-09-25')).toEqual([]);
  });

  it('reports each dated clause, also several on one day', () => {
    const t =
      'Gunmen opened fire at the museum on Wednesday, killing 19 people. ' +
      'The prime minister declared a state of emergency on Wednesday evening. ' +
      'Last fall, voters elected a new parliament.';
    expect(extract(t, '2015-03-18').map((e) => e.date)).toEqual(['2015-03-18', '2015-03-18', '2014']);
  });

  it('reads the parts of a month, a possessive month and "this past week"', () => {
    const t =
      'At the end of April, Sanders fired early-state staff. ' +
      'The rally was held in the last week of August. ' +
      'December’s global agreement was a defining moment. ' +
      'The idea gathered steam this past week.';
    expect(extract(t, '2016-06-05').map((e) => e.date)).toEqual(['2016-04', '2015-08', '2015-12', '2016-05']);
  });

  it('dates a sum in a month as a transaction, a sum in a year as a yearly figure', () => {
    const t =
      'They collected a combined $90 million in August. ' +
      'Stumpf made $19.3 million in 2015. ' +
      'The trial is set for November.';
    expect(extract(t, '2016-09-23').map((e) => e.date)).toEqual(['2016-08', '2016-11']);
  });

  it('does not cut a clause at a thousands separator', () => {
    const t = 'The campaign paid $110,684 in rent on June 9, and $169,758 on July 10.';
    expect(extract(t, '2016-08-23').map((e) => e.text)).toEqual([
      'The campaign paid $110,684 in rent on June 9',
      '$169,758 on July 10.',
    ]);
  });

  it('dates an act a future clause schedules for a later year, not a projected quantity', () => {
    const t = 'Voters will decide who will occupy the White House and control Congress next year.';
    expect(extract(t, '2016-09-22').map((e) => e.date)).toEqual(['2017']);
    expect(extract('Interest payments will overtake Medicaid in 2023.', '2018-09-25')).toEqual([]);
    expect(extract('In 2019, the deficit tops a trillion dollars.', '2018-09-25')).toEqual([]);
  });

  it('counts "in 10 days" and "in a fortnight" ahead of publication', () => {
    const debate = 'Heading into the first debate in 10 days, Sanders told MSNBC that nobody would question her.';
    expect(extract(debate, '2016-09-16').map((e) => e.date)).toEqual(['2016-09-26']);
    const bill = 'The government wants the bill passed before Parliament rises in a fortnight.';
    expect(extract(bill, '2015-03-13').map((e) => e.date)).toEqual(['2015-03']);
  });

  it('dates the onset of a state in the perfect with "since"', () => {
    const t = 'He has been a registered Republican since 2003. Erdogan has ruled since coming to power in 2009.';
    expect(extract(t, '2016-09-23').map((e) => e.date)).toEqual(['2003', '2009']);
  });

  it('dates a happening named after "before" or "after", not the time itself', () => {
    const t = 'He spoke after Tuesday’s primary. Republicans changed course after 2012.';
    expect(extract(t, '2016-03-17').map((e) => e.date)).toEqual(['2016-03-15']);
  });

  it('counts "the next day" and "hours later" from the date the story last named', () => {
    const t =
      'On Sept. 11, 2012, militants attacked the compound in Benghazi. ' +
      'The following day, the CIA base came under mortar fire. ' +
      'Hours later, the survivors were flown out. ' +
      'A week later, officials briefed Congress. ' +
      'Two years later, the committee began its work. ' +
      'Shortly after, in August, the panel met.';
    expect(extract(t, '2016-01-16').map((e) => e.date)).toEqual([
      '2012-09-11',
      '2012-09-12',
      '2012-09-12',
      '2012-09',
      '2014',
      '2015-08',
    ]);
  });

  it('places a season without a year by the tense: the last one begun, or the next one to begin', () => {
    const t =
      'In the spring, the council approved the plan. ' +
      'During the winter, the river flooded twice. ' +
      'The governor’s late-summer slump worried his party. ' +
      'The council will vote on it in the fall.';
    expect(extract(t, '2016-09-12').map((e) => e.date)).toEqual(['2016', '2015', '2016']);
    expect(extract('The council will vote on it in the spring.', '2016-09-12').map((e) => e.date)).toEqual(['2017']);
  });

  it('places a season in the earlier year the story is telling of, and leaves deadlines and modifiers', () => {
    const story = 'She won the nomination in 2008. She defeated her rival in the fall.';
    expect(extract(story, '2015-12-23').map((e) => e.date)).toEqual(['2008', '2008']);
    const others =
      'The city must adopt a plan by the fall. ' +
      'He needs to do well in the fall debates. ' +
      'It is a good strategy for votes in the fall.';
    expect(extract(others, '2016-07-06')).toEqual([]);
  });

  it('places "a few days ago" by its month and "a few months ago" by its year', () => {
    const t =
      'A few days ago, he blasted the press in an interview. ' +
      'Several weeks ago, he said she would explain it. ' +
      'The two met a few months ago in Paris.';
    expect(extract(t, '2016-09-16').map((e) => e.date)).toEqual(['2016-09', '2016-08', '2016']);
  });

  it('lists alternative times as one event', () => {
    const t =
      'The decision could come as soon as Tuesday or Wednesday. The party agreed in late November or early December.';
    expect(extract(t, '2015-11-24').map((e) => e.date)).toEqual(['2015-11-24', '2015-11']);
  });

  it('counts days from the last day the story named, not from a year in between', () => {
    const t =
      'The candidates met veterans on Wednesday. ' +
      'He praised the 2011 raid on the compound. ' +
      'During a speech earlier in the day, he attacked her record.';
    expect(extract(t, '2016-09-08').map((e) => e.date)).toEqual(['2016-09-07', '2011', '2016-09-07']);
  });

  it('dates the reporter’s "today" and "tonight", not a quoted speaker’s nor the present age', () => {
    const reporter =
      'Nine people were injured tonight in a blast downtown. ' +
      'The police said a second device went off in Central Park today. ' +
      'Tonight, the mayor visited the scene. ' +
      'He will speak again this afternoon.';
    expect(extract(reporter, '2016-09-17').map((e) => e.date)).toEqual([
      '2016-09-17',
      '2016-09-17',
      '2016-09-17',
      '2016-09-17',
    ]);
    const others =
      '“He was ready to testify today in a closed session,” his lawyer said. ' +
      'He said the state should do the same for radical groups today.\n' +
      'The author lays bare its continued influence today.\n' +
      'Today, the rebel army feels alive and well.\n' +
      'He told NBC’s Today show about it.\n' +
      '”The strategy tonight was to shout.” ― A Reader\n' +
      'Too many calls today still go to voicemail.';
    expect(extract(others, '2016-09-17')).toEqual([]);
  });

  it('leaves a count from a happening the story may not have dated, and a count with nothing before it', () => {
    const t =
      'In 1980, Reagan won. ' +
      'The court acted four days before Justice Scalia died. ' +
      'The former president spoke hours after Trump held a news conference.';
    expect(extract(t, '2016-06-29').map((e) => e.date)).toEqual(['1980']);
    expect(extract('Two years later, the committee began its work.', '2016-06-29')).toEqual([]);
  });

  it('dates a past act in a future sentence in the past', () => {
    const t = 'A budget bill approved in February will add to the strain on the Treasury.';
    expect(extract(t, '2018-09-25').map((e) => e.date)).toEqual(['2018-02']);
  });

  it('finds a past participle a few words before the date', () => {
    const t = 'The committee, which Iraq first proposed in June, will hold its first meeting in Mosul on Sept. 15.';
    expect(extract(t, '2021-09-02').map((e) => [e.date, e.text])).toEqual([
      ['2021-06', 'which Iraq first proposed in June'],
      ['2021-09-15', 'will hold its first meeting in Mosul on Sept. 15.'],
    ]);
  });

  it('gives a clause one event with its best date: the clause’s own, then the most precise', () => {
    const meeting =
      'The committee proposed by Iraq in June will hold its first meeting in Mosul on Sept. 15, officials said.';
    expect(extract(meeting, '2021-09-02').map((e) => [e.date, e.text])).toEqual([['2021-09-15', meeting]]);
  });

  it('lists coordinated times as one event each', () => {
    const t = 'We have had promises before, in 2019 and again this year. The vote came in March and again in May.';
    expect(extract(t, '2021-09-02').map((e) => [e.date, e.text])).toEqual([
      ['2019', 'in 2019'],
      ['2021', 'again this year.'],
      ['2021-03', 'The vote came in March'],
      ['2021-05', 'again in May.'],
    ]);
  });

  it('dates the happening a noun’s time modifies apart from the clause’s own, by its noun phrase', () => {
    const video = 'Tulsa police released video on Monday of last week’s shooting.';
    expect(extract(video, '2016-09-20').map((e) => [e.date, e.text])).toEqual([
      ['2016-09-19', video],
      ['2016-09', 'last week’s shooting'],
    ]);
  });

  it('splits a participle clause after a comma from the clause before, not a preposition in -ing', () => {
    const t = 'The bank announced this month it would drop the fees, beginning in January 2017.';
    expect(extract(t, '2016-09-20').map((e) => [e.date, e.text])).toEqual([
      ['2016-09', 'The bank announced this month it would drop the fees'],
      ['2017-01', 'beginning in January 2017.'],
    ]);
    const one = 'The bank raised the fees this month, including in March.';
    expect(extract(one, '2016-09-20').map((e) => e.date)).toEqual(['2016-09']);
  });

  it('splits coordinated verb phrases and coordinated times into two events', () => {
    const term = 'It may be too late for the court term that begins next Monday and ends in June.';
    expect(extract(term, '2016-09-27').map((e) => [e.date, e.text])).toEqual([
      ['2016-10-03', 'It may be too late for the court term that begins next Monday'],
      ['2017-06', 'ends in June.'],
    ]);
    const races = 'She met her opponents several times in her 2000 and 2006 Senate races.';
    expect(extract(races, '2016-09-23').map((e) => [e.date, e.text])).toEqual([
      ['2000', 'She met her opponents several times in her 2000'],
      ['2006', '2006 Senate races.'],
    ]);
  });

  it('dates the happening a time modifies, whatever the tense around it', () => {
    const t =
      'He called last year’s tax bill the worst in memory. ' +
      'The CFPB was created by the 2010 Dodd-Frank law. ' +
      'The agency said in a June report that taxes fell. ' +
      'He spoke about the 2018 election.';
    expect(extract(t, '2018-09-25').map((e) => e.date)).toEqual(['2017', '2010', '2018-06']);
  });

  it('places a few days inside one month by the month, not a period across months', () => {
    const t =
      'The poll was conducted from Sept. 19 to 22 among 1,001 adults. ' +
      'The fair will run between Oct. 3 and 5 in the park. ' +
      'The police logged 2,521 calls between January 1 and September 18.';
    expect(extract(t, '2016-09-25').map((e) => e.date)).toEqual(['2016-09', '2016-10']);
  });

  it('dates a weekday ahead after a present verb of expectation', () => {
    const t = 'A majority of voters expect the mayor to win Monday’s debate at the city hall.';
    expect(extract(t, '2016-09-25').map((e) => e.date)).toEqual(['2016-09-26']);
  });

  it('gives an article’s mentions of one weekday one date', () => {
    const t =
      'Trump complimented the moderator of Monday night’s first debate. ' +
      'Monday’s debate in New York will be his first against a single opponent. ' +
      'Clinton and Trump meet for the first debate Monday at Hofstra.';
    expect(extract(t, '2016-09-23').map((e) => e.date)).toEqual(['2016-09-26', '2016-09-26', '2016-09-26']);
  });

  it('places a future-tense yearless date after the publication date', () => {
    const t = 'The central bank is expected to push rates up again on Wednesday.';
    expect(extract(t, '2018-09-25').map((e) => e.date)).toEqual(['2018-09-26']);
  });

  it('gives a clause without tense the tense of its sentence', () => {
    const t = 'If the canals are dry in July, we will see people moving to the cities.';
    expect(extract(t, '2021-06-14').map((e) => e.date)).toEqual(['2021-07']);
  });

  it('skips comparisons and page chrome, not a report published at a date', () => {
    expect(extract('The ministry lost half its wheat area compared with last year.', '2021-06-14')).toEqual([]);
    expect(extract('First published February 1, 2016: 1:28 AM ET', null)).toEqual([]);
    const t = 'A report by the UN agency (FAO) published last year found that temperatures were rising.';
    expect(extract(t, '2021-06-14').map((e) => e.date)).toEqual(['2020']);
  });

  it('places a yearless date with no tense at its nearest occurrence', () => {
    const t =
      'The outcome of the Nov. 8 presidential election could be pivotal for the rules. ' +
      'A ruling is possible only after Obama leaves office on Jan. 20.';
    expect(extract(t, '2016-09-27').map((e) => e.date)).toEqual(['2016-11-08', '2017-01-20']);
  });

  it('does not let a past verb of another clause decide a tenseless one', () => {
    const t =
      'The campaign reached out to the voters it needs most — black and Latino voters who Democrats are counting on on Nov. 8.';
    expect(extract(t, '2016-09-19').map((e) => e.date)).toEqual(['2016-11-08']);
  });

  it('reads a reported conditional as future', () => {
    const t = 'A spokesman said Friday that, if his candidate were to win in November, she would sign the bill.';
    expect(extract(t, '2016-09-23').map((e) => e.date)).toEqual(['2016-09-23', '2016-11']);
  });

  it('leaves schedules and run-on text without punctuation alone', () => {
    const schedule = `The tour stops ${Array.from({ length: 12 }, (_, i) => `on March ${i + 1}`).join(', ')}.`;
    expect(extract(schedule, '2021-06-14')).toEqual([]);
    const runOn = `The dam was seized in 2014 ${'and the water kept falling '.repeat(100)}`;
    expect(extract(runOn, '2021-06-14')).toEqual([]);
  });

  it('ignores short chrome lines and handles empty input', () => {
    expect(extract('Updated March 3, 2019', '2019-03-04')).toEqual([]);
    expect(extract('', '2019-03-04')).toEqual([]);
  });
});

describe('event spans and entities', () => {
  it('leaves the dateline out of the span', () => {
    const t = 'BAGHDAD (Meridian Wire) — Iraq’s foreign minister pressed Turkey on Sunday to release more water.';
    const [e] = extract(t, '2021-06-14');
    expect(e!.text).toBe('Iraq’s foreign minister pressed Turkey on Sunday to release more water.');
    const u = 'HEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein was escorted off the premises on Monday afternoon.';
    expect(extract(u, '2016-09-26').map((e) => [e.date, e.text])).toEqual([
      ['2016-09-26', 'Jill Stein was escorted off the premises on Monday afternoon.'],
    ]);
    const v = 'CAMBRIDGE, Mass., Dec. 11 (UPI) — Young Democrats are gravitating toward Sanders, a new poll indicates.';
    expect(extract(v, '2015-12-10')).toEqual([]);
  });

  it('links a leading pronoun to the person just named', () => {
    const t = 'Nelson D. Schwartz covers the economy for the paper. He joined The Times in 2007 as a feature writer.';
    const entities = entitiesOf(t, [
      ['nelson-d-schwartz', 'PERSON', 'Nelson D. Schwartz'],
      ['the-times', 'ORG', 'The Times'],
    ]);
    expect(extract(t, '2018-09-25', entities)[0]!.entities).toEqual(['nelson-d-schwartz', 'the-times']);
  });

  it('does not guess an antecedent when the span names its person first', () => {
    const t = 'Mike Pompeo spoke first. In August, Barham Salih said he would visit.';
    const entities = entitiesOf(t, [
      ['mike-pompeo', 'PERSON', 'Mike Pompeo'],
      ['barham-salih', 'PERSON', 'Barham Salih'],
    ]);
    expect(extract(t, '2020-10-05', entities)[0]!.entities).toEqual(['barham-salih']);
  });
});
