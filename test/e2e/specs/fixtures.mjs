// The fixture pages (test/fixtures/pages) and the parts of them the scenarios rely on.
export const FIXTURES = {
  article1: 'article-1.html',
  article2: 'article-2.html',
  late: 'late-content.html',
  nonEnglish: 'non-english.html',
  notArticle: 'not-article.html',
  large: 'large.html',
  counterButton: '#counter',
  counterOutput: '#counter-value',
  readingTime: '#reading-time',
  lateContainer: '#late',
  namesOutsideArticle: ['nav', 'article header', 'figcaption', 'aside', 'pre', 'code', 'svg', 'form', '[contenteditable]', 'footer'],
};
