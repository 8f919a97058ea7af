import { OUTLET_NAMES } from './lexicon';
/**
 * Recognises news outlets by name. A relay through a named outlet is informational (OUTLET_RELAY), and a
 * quotation attributed to an outlet's own narrative is not a speaker's quote. The list is ours: major
 * wire services and outlets, plus the shapes outlet names take ("… Times", "… News Agency").
 */

const OUTLET_WORDS =
  /\b(?:Times|Post|Journal|Herald|Tribune|Gazette|News|Chronicle|Observer|Telegraph|Guardian|Examiner|Inquirer|Magazine|Radio|Television|TV|Press|Agency|Wire|Daily|Mail|Economist|Independent|Monde|Figaro|Spiegel|Jazeera|Arabiya|Atlantic|Intercept|Beast|Hill|Insider)\b/;

export function isOutletName(name: string): boolean {
  const key = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, '-')
    .replace(/['\u2019]s$/, '');
  return OUTLET_NAMES.has(key) || OUTLET_WORDS.test(name);
}
