import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src/messages/views';
import { timelineView } from '../../../src/ui/popup/timeline-view';

const item = (over: Partial<TimelineItem>): TimelineItem => ({
  date: '2021-06',
  text: 'The two ministers will meet in Ankara.',
  articleUrl: 'https://news.example/now',
  articleTitle: 'Iraq asks Turkey for more water',
  earlier: false,
  sharedKeys: [],
  ...over,
});

describe("the popup's timeline", () => {
  it('shows a clause given two dates once, under its most precise date', () => {
    const view = timelineView(
      [
        item({ date: '2021-06', text: 'The two sides will meet on Sept. 15.' }),
        item({ date: '2021-09-15', text: 'The two sides will meet on Sept. 15.' }),
        item({ date: '2019', text: 'Protests broke out in 2019 and again this year.' }),
        item({ date: '2021', text: 'Protests broke out in 2019 and again this year.' }),
      ],
      'Iraq asks Turkey for more water',
    );
    expect(view.here).toEqual([
      { date: '2019', text: 'Protests broke out in 2019 and again this year.' },
      { date: '2021-09-15', text: 'The two sides will meet on Sept. 15.' },
    ]);
    expect(view.earlier).toEqual([]);
  });

  it('keeps earlier reading apart, each event once with the count of other articles that told it', () => {
    const told = { text: 'Baghdad and Ankara signed a water accord.', date: '2019-03-02', earlier: true };
    const view = timelineView(
      [
        item({}),
        item({ ...told, articleUrl: 'https://a.example/1', articleTitle: 'Accord signed' }),
        item({
          ...told,
          text: 'Baghdad and Ankara signed a water accord',
          articleUrl: 'https://b.example/2',
          articleTitle: 'A water deal',
        }),
        item({
          earlier: true,
          date: '2018-07',
          text: 'Basra protests began.',
          articleUrl: 'https://a.example/0',
          articleTitle: 'Basra in the heat',
        }),
      ],
      'Iraq asks Turkey for more water',
    );
    expect(view.earlier.map((e) => [e.date, e.text, e.alsoIn])).toEqual([
      ['2018-07', 'Basra protests began.', 0],
      ['2019-03-02', 'Baghdad and Ankara signed a water accord.', 1],
    ]);
    expect(view.here).toHaveLength(1);
  });

  it('never restates the current article as history: its clauses, or the same story under another address', () => {
    const view = timelineView(
      [
        item({}),
        item({ earlier: true, articleUrl: 'https://mirror.example/now' }),
        item({
          earlier: true,
          text: 'Officials said the dams were full.',
          articleUrl: 'https://amp.news.example/now',
          articleTitle: ' Iraq asks Turkey for more water ',
        }),
        item({ earlier: true, text: 'Turkey opened the Ilisu dam.', date: '2018-06', articleTitle: 'Dam opens' }),
      ],
      'Iraq asks Turkey for more water',
    );
    expect(view.earlier.map((e) => e.text)).toEqual(['Turkey opened the Ilisu dam.']);
  });
});
