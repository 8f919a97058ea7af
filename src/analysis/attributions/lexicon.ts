/**
 * Word lists for the attribution rules, written for Backstory. Reporting-verb forms are mined from PolNeAR
 * (see polnear-cues.ts); the rest is curated by hand from the categories of
 * shared/docs/vague-attributions.md. The MIT-licensed hedges/weasels lists (wooorm) were read for
 * coverage only: single words out of context flag too much, so nothing is copied from them.
 * All entries are lower case; apostrophes are normalised to '.
 */
import { POLNEAR_REPORTING_VERBS } from './polnear-cues';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs whose subject is credited with a claim, belief or stance. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...POLNEAR_REPORTING_VERBS,
  ...set(`say says said tell tells told confirm confirms confirmed add adds added argue argues argued
    believe believes believed claim claims claimed contend contends contended insist insists insisted
    warn warns warned fear fears feared worry worries worried think thinks thought suggest suggests suggested
    acknowledge acknowledges acknowledged admit admits admitted accuse accuses accused allege alleges alleged
    predict predicts predicted expect expects expected estimate estimates estimated assert asserts asserted
    maintain maintains maintained note notes noted caution cautions cautioned concede concedes conceded
    doubt doubts doubted report reports reported describe describes described want wants wanted
    oppose opposes opposed agree agrees agreed disagree disagrees disagreed complain complains complained
    criticize criticizes criticized criticise criticises criticised blame blames blamed question questions
    questioned speculate speculates speculated suspect suspects suspected assume assumes assumed hope hopes
    hoped feel feels felt wonder wonders wondered explain explains explained
    indicate indicates indicated reveal reveals revealed urge urges urged recommend recommends recommended
    signal signals signaled signalled
    forecast forecasts anticipate anticipates anticipated reckon reckons reckoned dispute disputes disputed
    stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized
    testify testifies testified hint hints hinted`),
]);

/**
 * Verbs of knowing, accepting and denying: they credit a claim only with a "that" clause ("scientists now
 * accept that …"); "officials accepted the offer", "to deny Trump the nomination" are acts.
 */
export const THAT_VERBS = set(`accept accepts accepted recognise recognises recognised recognize recognizes
  recognized realise realises realised realize realizes realized understand understands know knows knew
  recall recalls recalled deny denies denied counter counters countered`);

/**
 * Verbs of public judgement: "critics slammed the decision". Only for a source's own verb; they are not
 * cues of reported content ("condemned Ina Dahl" reports nothing she said).
 */
export const JUDGEMENT_VERBS = set(`slam slams slammed blast blasts blasted condemn condemns condemned decry decries
  decried denounce denounces denounced lambast lambasts lambasted hail hails hailed praise praises praised
  welcome welcomes welcomed`);

/** Speech verbs that introduce an inverted source: `", say economists"`, `"said one official"`. */
export const INVERSION_VERBS = set(`say says said added adds confirmed confirm confirms wrote writes
  argued argue argues noted notes insisted insist warned warn warns explained cautioned acknowledged predicted`);

/** Verbs that credit a belief only with an "as" complement ("what many saw as a failure"). */
export const AS_VERBS = set(
  'see sees saw seen view views viewed regard regards regarded read reads describe describes described characterize characterizes characterized',
);

/** Predicate adjectives of attitude: "officials are worried", "experts are skeptical". */
export const ATTITUDE_ADJECTIVES = set(`concerned worried confident skeptical sceptical convinced optimistic
  pessimistic alarmed wary unsure adamant hopeful fearful nervous certain divided split uneasy anxious
  doubtful upbeat bullish bearish`);

/** People identified only by role or access: specific, but unnamed (ANON_SOURCE). */
export const ANON_HEADS = set(`official officials source sources aide aides adviser advisers advisor advisors
  diplomat diplomats insider insiders staffer staffers spokesperson spokesman spokeswoman spokespeople
  investigator investigators negotiator negotiators operative operatives confidant confidants associate
  associates officer officers employee employees executive executives member members witness witnesses
  lawmaker lawmakers friends allies senators organizers staffers confidants eyewitness eyewitnesses
  friend ally colleague colleagues neighbour neighbours neighbor neighbors relative relatives acquaintance
  acquaintances classmate classmates attendee attendees organizer organiser organisers`);

/** Heads that are anonymous only with an access phrase ("a person familiar with the talks"). */
export const ACCESS_HEADS = set('person people someone individual individuals one those');

/** Phrases of access that mark the preceding head as an anonymous source. */
export const ACCESS_WORDS = set('familiar close briefed knowledgeable involved present privy');

/** Indefinite groups credited with opinions (VAGUE_GROUP). Plural person nouns only. */
export const GROUP_HEADS = set(`people experts analysts economists critics observers commentators pundits
  scholars historians scientists researchers academics politicians figures activists residents locals
  citizens voters supporters opponents skeptics sceptics detractors strategists hawks doves conservatives
  liberals progressives investors traders doctors environmentalists advocates campaigners protesters
  parents teachers users workers observers watchers specialists professionals insiders onlookers
  americans europeans groups organizations physicians proponents defenders fans millennials backers loyalists
  moderates hardliners bankers dealers brokers participants forecasters leaders donors writers endorsers
  agencies charities unions`);

/**
 * One member of those groups, unnamed ("an analyst said"): nouns only, as "a conservative thought" or "a
 * local news site" use the adjective.
 */
export const GROUP_MEMBERS = set(`expert analyst economist critic observer commentator pundit scholar historian
  scientist researcher academic politician activist resident citizen voter supporter opponent skeptic sceptic
  detractor strategist investor trader doctor environmentalist advocate campaigner protester parent teacher
  worker specialist onlooker physician proponent defender fan backer loyalist banker dealer broker forecaster
  donor writer`);

/**
 * Verbs that credit a claim so plainly that any person noun before them is a source ("a union
 * representative told", "two engineers said"), not only the listed heads.
 */
export const CORE_SPEECH_VERBS = set(`say says said tell tells told argue argues argued warn warns warned believe
  believes believed claim claims claimed insist insists insisted complain complains complained predict predicts
  predicted fear fears feared describe describes described confirm confirms confirmed suspect suspects suspected
  think thinks thought expect expects expected estimate estimates estimated notes noted acknowledge
  acknowledges acknowledged admit admits admitted report reports reported reveal reveals revealed explain explains
  explained allege alleges alleged doubt doubts doubted worry worries worried caution cautions cautioned signal
  signals signaled signalled suggest suggests suggested speculate speculates speculated testify testifies testified
  concede concedes conceded contend contends contended maintain maintains maintained recount recounts recounted`);

// Person nouns by their endings ("engineer", "refugee", "technologist"); endings shared with many adjectives
// ("-ive", "-ate", "-ant") are listed instead.
const PERSON_ENDINGS = /^[a-z][a-z]+(?:(?:er|or|ist|ian|ee|man|woman|person)s?|men|women|people)$/;
const PERSON_NOUNS = set(`representative representatives detective detectives native natives captive captives delegate
  delegates graduate graduates magnate magnates assistant assistants consultant consultants immigrant immigrants
  merchant merchants servant servants applicant applicants occupant occupants tenant tenants militant militants
  captain captains chaplain chaplains mate mates teammate teammates
  figure figures nurse nurses judge judges cop cops pilot pilots crew crews chief chiefs boss bosses
  staff medic medics attorney attorneys clerk clerks guard guards victim victims student students patient patients
  agent agents lawyer lawyers envoy envoys delegate delegates monk monks priest priests imam imams coach coaches
  agency agencies charity charities union unions company companies firm firms bank banks`);
// Words with those endings that name no person ("a letter said", "a new estimate").
const NOT_PERSONS = set(`letter letters paper papers order orders number numbers matter water computer computers chapter
  poster posters flyer flyers filter border corner quarter meter center centre error factor sector motor mirror color
  colour power tower cover layer register charter trailer banner banners header folder ledger newspaper newspapers
  terror plant plants restaurant grant grants variant alternative initiative objective incentive directive narrative
  motive archive archives perspective estimate estimates rate rates state states date update updates debate mandate
  climate senate template certificate chain domain terrain primate weather summer winter answer answers number
  offer offers cancer river rivers disaster manner character majority
  minority quarter quarters dollar dollars floor door doors matter matters sector sectors corridor factor factors
  larger bigger smaller higher lower greater older younger newer earlier later further faster slower stronger weaker
  wider broader deeper richer poorer better other another former latter whether never ever over under after
  major minor senior junior prior superior interior exterior inferior median
  prosecutor prosecutors candidate candidates`);

/**
 * Prosecutors and candidates are parties the story has already named, like the police; "three-quarters"
 * counts people.
 */
export function isPersonNoun(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return !NOT_PERSONS.has(last) && (PERSON_NOUNS.has(last) || PERSON_ENDINGS.test(last));
}

/** Quantifiers that make a group indefinite ("many economists", "a number of analysts"). */
export const QUANTIFIERS = set(`some many most several numerous countless few other others various multiple
  plenty lots number majority dozens hundreds thousands millions array chorus slew raft`);

/** Quantifier pronouns that are a vague group on their own ("some say", "many believe", "others argue"). */
export const QUANTIFIER_PRONOUNS = set('some many most others few');

/** Named collectives: the doc counts them as soft, so they are never flagged. */
export const NAMED_COLLECTIVES = set(`republicans democrats conservatives liberals tories labour gop democrat
  republican`);

/** Unnamed media (SECONDHAND). */
export const MEDIA_HEADS = set(`reports report media press outlets outlet newspaper newspapers site sites
  website websites channel channels broadcaster broadcasters tabloid tabloids accounts blog blogs station
  stations agency`);

/** Modifiers that turn "report(s)" into an unnamed document rather than press coverage. */
/** Modifiers that keep "reports" press coverage ("local news reports", "unconfirmed reports"). */
export const MEDIA_MODIFIERS =
  set(`news media press local state unconfirmed published initial early earlier conflicting recent
  previous similar separate foreign international television tv newspaper`);

export const EVIDENCE_REPORT_MODIFIERS = set(
  'intelligence government internal classified confidential leaked official secret',
);

/** Unidentified studies, documents, data (VAGUE_EVIDENCE). */
export const EVIDENCE_HEADS = set(`study studies research data document documents intelligence evidence polls
  polling surveys survey records analyses analysis findings estimates papers memo memos statistics results
  projections forecasts`);

/**
 * Verbs with which evidence makes a claim ("studies show"); people's too, but only before "that"
 * ("investigators found that", "critics charged that"; not "protesters charged through the village").
 */
export const EVIDENCE_VERBS = set(`show shows showed shown suggest suggests suggested indicate indicates discovered
  indicated find finds found reveal reveals revealed prove proves proved proven demonstrate demonstrates
  demonstrated confirm confirms confirmed conclude concludes concluded point points pointed link links linked
  charge charges charged`);

/** Reportive hedges (HEDGE_REPORT). */
export const HEDGE_ADVERBS = set('reportedly allegedly purportedly supposedly reputedly so-called');

/** Forms of "be", the auxiliary of agentless passives. */
export const BE_FORMS = set("is are was were be been being 's 're");

/** Participles of saying, believing, judging and expecting that form agentless passives. */
export const AGENTLESS_PARTICIPLES = set(`believed expected seen viewed regarded considered thought described
  hailed heralded touted billed interpreted perceived deemed rumored rumoured reported understood suspected
  accused feared estimated projected predicted tipped alleged claimed assumed presumed said argued suggested
  speculated hoped quoted blamed`);

/** Participles that need a complement to be a judgement rather than a plain passive. */
export const COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['believed', set('to that')],
  ['expected', set('to that')],
  ['thought', set('to that')],
  ['seen', set('as')],
  ['viewed', set('as')],
  ['regarded', set('as')],
  ['described', set('as')],
  ['hailed', set('as')],
  ['heralded', set('as')],
  ['touted', set('as')],
  ['billed', set('as')],
  ['interpreted', set('as')],
  ['perceived', set('as to')],
  ['rumored', set('to that')],
  ['rumoured', set('to that')],
  ['reported', set('to that on in by')],
  ['understood', set('to that')],
  ['suspected', set('of to that')],
  ['accused', set('of')],
  ['feared', set('to that dead')],
  ['estimated', set('to at')],
  ['projected', set('to')],
  ['predicted', set('to')],
  ['tipped', set('to as for')],
  ['alleged', set('to that')],
  ['claimed', set('to that')],
  ['assumed', set('to that')],
  ['presumed', set('to dead')],
  ['said', set('to that')],
  ['argued', set('that')],
  ['suggested', set('that')],
  ['speculated', set('that')],
  ['hoped', set('that')],
  ['quoted', set('as')],
  ['blamed', set('on for')],
]);

/** "is said to" is a reportive hedge rather than a bare passive. */
export const HEDGE_PASSIVES = set('said rumored rumoured alleged reputed');

/** Adverbs that may sit between an auxiliary and its verb. */
export const ADVERBS = set(`also still now widely long generally largely often commonly broadly increasingly
  already repeatedly privately publicly openly particularly very deeply first initially previously once
  originally later never always frequently mostly even further not`);

/** Auxiliaries and modals that may sit between a subject and its verb. */
export const AUXILIARIES = set(`have has had are is was were will would could may might can should do does did
  be been 've 's must don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't can't couldn't won't
  wouldn't shouldn't mustn't`);

/** Words that start a post-modifier between a source head and its verb. */
export const POSTMODIFIER_STARTS = set(`interviewed familiar close briefed with involved in at from for of who
  working based speaking knowledgeable aware privy on inside within across around here there like contacted
  reached consulted polled surveyed quoted cited obtained reviewed leaked`);

/** Tokens that end a clause: a source head never reaches its verb across them. */
export const CLAUSE_BREAKS = set(`that which because but if when while although though after before since so
  ; : ( ) and or whether where`);

export const DETERMINERS = set('a an the this these those his her their its our my your');
export const DEFINITE = set('the this these those his her their its our my your');
export const PRONOUNS = set('he she they it we i you who which');

/** Words of the lists above, and a few modifiers, that are never a name on their own, even capitalised. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...ANON_HEADS,
  ...GROUP_HEADS,
  ...MEDIA_HEADS,
  ...EVIDENCE_HEADS,
  ...ACCESS_HEADS,
  ...QUANTIFIERS,
  ...DETERMINERS,
  ...ADVERBS,
  ...AUXILIARIES,
  ...PRONOUNS,
  ...CLAUSE_BREAKS,
  ...SPEECH_VERBS,
  ...MEDIA_MODIFIERS,
  ...EVIDENCE_REPORT_MODIFIERS,
  ...set(`local state security federal senior top news intelligence government new recent previous independent unnamed
    anonymous foreign police critics according there`),
]);

// Plural nationality nouns: "-ians" is safe; other endings are listed, as most capitalised words in "-is"
// or "-ans" are surnames ("Davis", "Evans").
const NATIONALITY_PLURALS = set(`americans mexicans koreans germans africans europeans cubans dominicans chileans
  iraqis israelis pakistanis saudis kuwaitis yemenis somalis qataris emiratis omanis bangladeshis nepalis
  chinese japanese lebanese vietnamese sudanese congolese taiwanese burmese portuguese`);

export function isNationalityPlural(word: string): boolean {
  // "African-Americans": the last part decides.
  const last = word.split('-').pop()!;
  return /^\p{Lu}\p{Ll}+ians$/u.test(last) || NATIONALITY_PLURALS.has(last.toLowerCase());
}
