// The fixture pages (test/fixtures/pages) and the parts of them the scenarios rely on.
export const FIXTURES = {
  article1: 'article-1.html',
  article2: 'article-2.html',
  late: 'late-content.html',
  nonEnglish: 'non-english.html',
  notArticle: 'not-article.html',
  large: 'large.html',
  /** A single-page site: `#next-story` moves to the second story with history.pushState. */
  spa: 'spa.html',
  spaNext: '#next-story',
  spaStories: {
    first: {
      title: 'Basra exporters wait as port authority delays dredging of Umm Qasr channel',
      url: 'https://news.example.org/2021/08/02/basra-umm-qasr-dredging-delay',
    },
    second: {
      title: 'Mosul reopens its old iron bridge after three years of repairs',
      url: 'https://news.example.org/2021/08/04/mosul-old-bridge-reopens',
    },
  },
  /** Where a script can add late paragraphs to article-1. */
  articleBody: 'article .article-body',
  counterButton: '#counter',
  counterOutput: '#counter-value',
  readingTime: '#reading-time',
  lateContainer: '#late',
  namesOutsideArticle: [
    'nav',
    'article header',
    'figcaption',
    'aside',
    'pre',
    'code',
    'svg',
    'form',
    '[contenteditable]',
    'footer',
  ],
};
