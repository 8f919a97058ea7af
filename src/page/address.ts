/**
 * Whether two addresses show the same page: only the fragment differs (an in-page link, a table of
 * contents), so Backstory keeps what it painted.
 */
export function sameDocument(a: string, b: string): boolean {
  const withoutHash = (url: string) => {
    const i = url.indexOf('#');
    return i < 0 ? url : url.slice(0, i);
  };
  return withoutHash(a) === withoutHash(b);
}
