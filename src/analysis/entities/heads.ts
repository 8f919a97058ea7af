/**
 * Head nouns that decide a name's type under our conventions, where CoNLL-trained weights often
 * disagree: facilities are places ("U.S. Embassy", "Tahrir Square"), and named events, laws and
 * agreements are OTHER ("Arab Spring", "Great Depression", "Affordable Care Act", "Paris Agreement").
 */
export const FACILITIES: ReadonlySet<string> = new Set([
  'embassy',
  'consulate',
  'airport',
  'square',
  'museum',
  'zone',
  'bridge',
  'street',
  'avenue',
  'palace',
  'stadium',
  'mosque',
  'cathedral',
  'shrine',
  'prison',
  'park',
  'base',
]);

export const EVENTS: ReadonlySet<string> = new Set([
  'war',
  'revolution',
  'spring',
  'depression',
  'crisis',
  'uprising',
  'intifada',
  'massacre',
  'olympics',
  'games',
  'cup',
  'championship',
  'championships',
  'festival',
  'act',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'protocol',
  'prize',
  'award',
]);

/**
 * Head nouns of organization names: "Ennahda Party", "Muslim Brotherhood", "World Travel and Tourism
 * Council", newspapers ("Washington Post"). A name ending in one is an organization whatever its first
 * word suggests (a place or a person).
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'party',
  'movement',
  'front',
  'brigade',
  'brigades',
  'council',
  'ministry',
  'agency',
  'committee',
  'commission',
  'brotherhood',
  'institute',
  'university',
  'foundation',
  'association',
  'organization',
  'organisation',
  'coalition',
  'alliance',
  'league',
  'corporation',
  'inc',
  'corp',
  'ltd',
  'post',
  'times',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'chronicle',
  'telegraph',
  'inquirer',
  'examiner',
  'school',
  'college',
  'academy',
]);

/**
 * Head nouns of geographic names: "Rikers Island", "Orange County", "Diyala Province", "Persian Gulf";
 * not those that are also surnames (Hills, Lake, Bay).
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'island',
  'islands',
  'county',
  'province',
  'district',
  'mountains',
  'valley',
  'strait',
  'peninsula',
  'desert',
  'ocean',
  'gulf',
  'canyon',
  'governorate',
]);

/** Heads that take a complement in a name: "Committee for a Responsible Federal Budget", "Council on Foreign Relations". */
export const ORG_HEADS_WITH_COMPLEMENT: ReadonlySet<string> = new Set([
  'committee',
  'council',
  'center',
  'centre',
  'institute',
  'foundation',
  'campaign',
  'coalition',
  'alliance',
  'association',
  'society',
  'fund',
  'league',
  'commission',
  'organization',
  'organisation',
  'federation',
  'union',
  'office',
  'bureau',
  'party',
  'front',
  'movement',
  'network',
  'project',
  'forum',
  'partnership',
  'conference',
]);
