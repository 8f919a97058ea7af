/**
 * Who to write to about Backstory's requests to Wikimedia: its User-Agent policy asks every client for a
 * URL or an e-mail address. This is the one place that sets it.
 */
export const PROJECT_CONTACT = 'backstory@backstory.invalid';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

function isContact(contact: string): boolean {
  if (EMAIL.test(contact)) return true;
  try {
    const url = new URL(contact);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The `Api-User-Agent` Wikimedia asks for: name/version (contact; what it is). */
export function wikimediaUserAgent(version: string, contact: string = PROJECT_CONTACT): string {
  if (!isContact(contact)) throw new Error(`not a URL or an e-mail address: ${contact}`);
  return `Backstory/${version} (${contact}; browser extension, news context cards)`;
}
