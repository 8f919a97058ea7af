/**
 * Every word list of the attribution detector, written for Backstory. Reporting-verb forms are mined from
 * PolNeAR (see polnear-cues.ts); the rest is curated by hand from the categories of
 * shared/docs/vague-attributions.md. The MIT-licensed hedges/weasels lists (wooorm) were read for
 * coverage only: single words out of context flag too much, so nothing is copied from them.
 * All entries are lower case; apostrophes are normalised to '. The shared lists come first, then one
 * section per module or rule that reads a list of its own.
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
  ...set(`lament laments lamented bemoan bemoans bemoaned grouse grouses groused quip quips quipped muse muses mused
    gripe gripes griped scoff scoffs scoffed fret frets fretted boast boasts boasted posit posits posited opine
    opines opined surmise surmises surmised recount recounts recounted marvel marvels marveled marvelled vent
    vents vented whisper whispers whispered joke jokes joked grumble grumbles grumbled protest protests protested
    object objects objected retort retorts retorted concur concurs concurred observe observes observed remark
    remarks remarked comment comments commented clarify clarifies clarified reiterate reiterates reiterated
    theorize theorizes theorized hypothesize hypothesizes hypothesized guess guesses guessed wager wagers wagered
    confide confides confided divulge divulges divulged sense senses sensed fume fumes fumed rail rails railed
    swear swears swore predict declare declares declared mention mentions mentioned assure assures assured
    state states stated notice notices noticed threaten threatens threatened`),
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
  welcome welcomes welcomed mock mocks mocked ridicule ridicules ridiculed deride derides derided applaud applauds
  applauded commend commends commended castigate castigates castigated`);

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
  plenty lots number majority dozens hundreds thousands millions array chorus slew raft group handful`);

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
// A possessive determiner names an owner the text has introduced: "documents from his tax return".
export const OWNER_DETERMINERS = set('his her their its');
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

// ---- Cataphora (cataphora.ts) ----

export const INTRODUCING_TITLES: ReadonlySet<string> = new Set(
  'mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. adm. president senator representative'.split(' '),
);

// "Petra Lind, a professor at the University of Bergen, said …": a name opening the sentence with an
// apposition is a first mention too.
export const APPOSITION_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'who']);

// ---- Reported content (content.ts) ----

export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(
  `saying claiming arguing noting adding suggesting insisting warning asserting explaining stating acknowledging alleging
  contending hoping betting believing thinking expecting assuming predicting fearing worrying wagering`.split(/\s+/),
);

// Only words that are never conjunctions: "after campaign aides insisted" starts a clause.
export const CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'to by with for from in on at than into about over under against between among during without like near of'.split(
    ' ',
  ),
);

// Of those, the ones whose object can be a source: "according to", a passive's "by", "heard from".
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'by', 'from']);

// A new clause with its own subject starts after these; content does not run across them.
export const CLAUSE_RESETS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  ';',
  'although',
  'though',
  'yet',
]);

export const CONTENT_WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'whether', 'when', 'where']);

// ---- Source heads (heads.ts) ----

// Definite collectives that name no one: "the public", "the media".
export const GENERIC_COLLECTIVES: ReadonlySet<string> = set('public media press establishment electorate');

// Counted shares are poll results with a source of their own, not a vague group ("52 percent of voters").
export const MEASURED_SHARES: ReadonlySet<string> = new Set([
  'percent',
  '%',
  'majority',
  'plurality',
  'minority',
  'half',
  'third',
  'quarter',
]);

export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'within',
  'inside',
  'on',
  'across',
  'among',
  'at',
]);

export const HOLDING_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'leaked']);

export const MAKER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from', 'of', 'in', 'at', 'on', 'for']);

export const ACCESS_CLAUSE_STARTS: ReadonlySet<string> = new Set(['who', 'with']);

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

export const ANAPHORIC: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those']);

export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

export const ACCESS_VERBS: ReadonlySet<string> = new Set(
  `worked work works served serve serves know knows knew known attended attend witnessed saw seen heard met
  advised advise advises dealt briefed negotiated participated covered`.split(/\s+/),
);

// Mass nouns are unidentified without an article: "research shows", "local media reported".
export const MASS_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'research',
  'data',
  'evidence',
  'intelligence',
  'polling',
  'analysis',
  'media',
  'press',
]);

// An apposition to a name before the phrase: "John Bentel, a tech staffer at the State Department". An
// apposition has its own article; "at Ground Zero, sources said" is a new clause.
export const APPOSITION_MARKS: ReadonlySet<string> = new Set([',', '-', '\u2013', '\u2014', '(']);

// "an analyst said", "one economist, who …": the singular is the head only when the noun phrase ends there;
// in "a voter list" or "a local news site" it is a modifier.
export const NP_ENDERS: ReadonlySet<string> = new Set(['as', 'by', 'to', 'than', 'about', 'over']);

// "analysts at JPMorgan", "economists from the IMF": a named institution's staff speak for it, like its
// unnamed spokespeople (a soft case in the doc). "officials at the Pentagon" stay anonymous sources.
// Supporters or critics "of Sanders" are no staff: only professional heads count, and only an institution.
export const STAFF_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'of', 'with']);

export const STAFF_HEADS: ReadonlySet<string> = new Set(
  `analyst analysts economist economists expert experts researcher researchers scientist
  scientists strategist strategists specialist specialists scholar scholars historian historians academic academics
  physician physicians doctor doctors banker bankers dealer dealers broker brokers trader traders`.split(/\s+/),
);

// Counting words that make unnamed people specific ("two engineers on the project").
export const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'dozen',
  'hundreds',
]);

export const KNOWN_SETS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'either', 'neither']);

// ---- Named speakers (named-speaker.ts) ----

export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

export const SPEAKING_INSTITUTIONS: ReadonlySet<string> = new Set(
  'police agency ministry department government court office company campaign military army committee council party spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);

// ---- Names (names.ts) ----

export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an in on at but and he she they it we i this that these those his her their its our there when after
  before while as if so for of to by with from monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december according`.split(/\s+/),
);

export const NAME_TITLES: ReadonlySet<string> = new Set(
  'mr. mrs. ms. dr. prof. sen. rep. gov. gen. president senator'.split(/\s+/),
);

export const NATIONAL_ADJECTIVES: ReadonlySet<string> = new Set(
  `american mexican african european korean cuban dominican moroccan venezuelan chilean republican anglican
  iraqi israeli pakistani saudi kuwaiti yemeni somali qatari emirati omani bangladeshi nepali azerbaijani afghan
  thai arab`.split(/\s+/),
);

// ---- Outlets (outlets.ts) ----

export const OUTLET_NAMES: ReadonlySet<string> = new Set(
  `reuters bloomberg ap afp upi interfax tass xinhua ria itar-tass yonhap kyodo anadolu irna isna fars tasnim
  bbc cnn msnbc nbc abc cbs npr pbs fox politico axios breitbart buzzfeed vox slate salon huffpost
  bild spiegel haaretz ynet sputnik rt al-monitor aljazeera al-jazeera al-arabiya alarabiya wapo nyt wsj
  usa-today the-hill newsweek semafor`.split(/\s+/),
);

// ---- Phrase structure (phrase.ts) ----

export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'to by with for from in on at after as than into about over under against between among during without like near'.split(
    ' ',
  ),
);

export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten each none all any both'.split(' '),
);

export const OF_LEADERS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS,
  ...QUANTIFIERS,
  'number',
  'majority',
  'dozen',
  'group',
  'couple',
  'handful',
]);

export const QUOTE_MARKS: ReadonlySet<string> = new Set([
  '"',
  '\u201c',
  '\u201d',
  '\u00ab',
  '\u00bb',
  "'",
  '\u2018',
  '\u2019',
]);

export const WH_WORDS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'why',
  'whether',
  'where',
  'when',
  'whom',
  'whose',
]);

export const PARENTHETICAL_STARTS: ReadonlySet<string> = new Set([
  'who',
  'speaking',
  'citing',
  'interviewed',
  'according',
  'familiar',
  'briefed',
]);

// ", briefing reporters on condition …," : a participle clause is a parenthetical too, but named examples
// (", including Ina Dahl,") are not.
export const NOT_PARENTHETICAL: ReadonlySet<string> = new Set(['including', 'excluding', 'during', 'notwithstanding']);

export const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "'"]);

export const CALL_VERBS: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'called',
  'dub',
  'dubs',
  'dubbed',
  'branded',
  'labeled',
  'labelled',
]);

// "assumed that …" is a belief; "assumed control" is an act.
export const TAKE_VERBS: ReadonlySet<string> = new Set(['assume', 'assumes', 'assumed']);

export const CLAUSE_STARTS: ReadonlySet<string> = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there']);

export const RELATIVES: ReadonlySet<string> = new Set(['what', 'which', 'that', 'whom']);

export const CALL_OBJECTS: ReadonlySet<string> = new Set([
  'it',
  'him',
  'her',
  'them',
  'this',
  'that',
  'these',
  'those',
  '"',
  '\u201c',
  '\u2018',
]);

// "analysts cast doubt on", "residents voiced fears", "experts raised concerns": a light verb with an
// attitude noun credits its subject like "doubt" or "fear" would.
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'cast',
  'casts',
  'casting',
  'raise',
  'raises',
  'raised',
  'express',
  'expresses',
  'expressed',
  'voice',
  'voices',
  'voiced',
]);

export const ATTITUDE_NOUNS: ReadonlySet<string> = new Set(
  `doubt doubts concern concerns fear fears worry worries skepticism scepticism
  reservations alarm questions objections misgivings optimism confidence`.split(/\s+/),
);

// "officials put the death toll at 23": an estimate credited to its subject.
export const PUT_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

export const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['like', 'including', 'such']);

// "experts warned of a surge": active verbs that take "of".
export const ACTIVE_OF_VERBS: ReadonlySet<string> = new Set(['warned', 'complained', 'spoke', 'talked', 'despaired']);

// People who "prove that they still belong" demonstrate something; only evidence proves a claim.
export const PROOF_VERBS: ReadonlySet<string> = new Set([
  'prove',
  'proves',
  'proved',
  'proven',
  'demonstrate',
  'demonstrates',
  'demonstrated',
]);

export const NAME_TAILS: ReadonlySet<string> = new Set(['of', 'who', 'from', 'at', '(']);

export const TIME_WORDS: ReadonlySet<string> = new Set([
  'last',
  'this',
  'earlier',
  'recently',
  'yesterday',
  'today',
  'overnight',
  'online',
]);

export const ADJECTIVE_OBJECTS: ReadonlySet<string> = new Set(['about', 'by', 'over', 'with', 'at']);

export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'that',
  'who',
  'which',
  'whose',
  'when',
  'where',
  'and',
  'but',
]);

// ---- Quotations (quotes.ts) ----

export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['\u201c', '\u00ab', '\u201e']);

export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['\u201d', '\u00bb']);

// ---- Mentions (view.ts) ----

// Lower-case words that may sit inside a name ("Council on Foreign Relations", "Abu Bakr al-Baghdadi").
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'a',
  'on',
  'in',
  'at',
  'de',
  'du',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'da',
  'di',
  'y',
  '&',
  "'s",
  '\u2019s',
]);

// ---- Rule according-to, source-inverted ----

export const SOURCE_PHRASE_STOPS: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  'that',
  'who',
  'which',
  '(',
  '?',
  '!',
]);

// ---- Rule agentless ----

// Adverbs that make the judgement general on their own, so no complement is needed.
export const SPREAD_ADVERBS: ReadonlySet<string> = new Set([
  'widely',
  'commonly',
  'generally',
  'broadly',
  'long',
  'universally',
]);

export const PASSIVE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'still',
  'now',
  'often',
  'largely',
  'increasingly',
  'already',
  'once',
  'first',
  'initially',
  'previously',
  'originally',
  'later',
  'never',
  'always',
  'not',
  'even',
  'further',
  'particularly',
  'mostly',
]);

// Not "billed as" or "touted as": they name an event or a product, they do not judge.
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'shall',
  'cannot',
  "won't",
  "wouldn't",
  "couldn't",
  "can't",
]);

export const CONTRACTING_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who']);

export const WIDELY_JUDGED: ReadonlySet<string> = new Set([
  'criticized',
  'criticised',
  'praised',
  'condemned',
  'welcomed',
  'derided',
  'lauded',
  'panned',
  'ridiculed',
  'mocked',
  'acclaimed',
  'disputed',
  'questioned',
  'accepted',
  'acknowledged',
  'recognized',
  'recognised',
  'pilloried',
  'repudiated',
  'discredited',
  'lampooned',
  'vilified',
  'castigated',
  'maligned',
  'excoriated',
  'scorned',
  'reviled',
  'respected',
  'admired',
  'feared',
  'debunked',
]);

// "It was announced on Monday that …", "it has been revealed that …": an impersonal passive of telling.
export const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = new Set(['announced', 'revealed', 'disclosed', 'confirmed']);

// "is likely to be seen as": a prediction, like a modal; "wants to be seen as" is an aim.
export const TREND_WORDS: ReadonlySet<string> = new Set(
  `rising falling climbing dropping weakening strengthening growing shrinking slowing easing
  accelerating contracting expanding declining increasing decreasing gaining recovering peaking`.split(/\s+/),
);

export const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'most', 'least', 'as']);

export const MODAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'likely',
  'unlikely',
  'certain',
  'bound',
  'sure',
  'set',
  'going',
]);

export const PARENTHETICAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'believed',
  'thought',
  'understood',
  'reported',
  'rumoured',
  'rumored',
  'estimated',
  'expected',
  'alleged',
]);

export const REDUCED_RELATIVES: ReadonlySet<string> = new Set([
  'seen',
  'viewed',
  'regarded',
  'hailed',
  'heralded',
  'perceived',
]);

export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

// The verb's own complement: "considered a frontrunner", "deemed too risky".
export const JUDGEMENT_COMPLEMENTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'to',
  'as',
  'one',
  'likely',
  'unlikely',
  'among',
  'the',
  'more',
  'most',
  'less',
  'too',
  'very',
  'essential',
  'necessary',
]);

export const REPORT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'by']);

// ---- Rule group-phrases ----

export const EXISTENTIAL_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);

export const EXISTENTIAL_GROUPS: ReadonlySet<string> = new Set(['those', 'people', 'some', 'many', 'others']);

export const LEAD_VERBS: ReadonlySet<string> = new Set([
  'led',
  'leads',
  'leading',
  'prompted',
  'prompting',
  'prompts',
  'left',
  'leaving',
  'leaves',
  'caused',
  'causing',
  'causes',
]);

export const LED_GROUPS: ReadonlySet<string> = new Set([
  'many',
  'some',
  'others',
  'observers',
  'critics',
  'experts',
  'analysts',
  'people',
  'commentators',
  'economists',
  'most',
]);

export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe',
  'assume',
  'think',
  'conclude',
  'speculate',
  'question',
  'wonder',
  'suspect',
  'fear',
  'worry',
  'argue',
  'say',
  'suggest',
  'predict',
  'expect',
  'doubt',
  'see',
  'view',
]);

// ---- Rule outlet-relays ----

export const RELAY_VERBS: ReadonlySet<string> = new Set([
  'writes',
  'wrote',
  'reports',
  'reported',
  'says',
  'said',
  'notes',
  'noted',
  'adds',
  'added',
  'published',
  'revealed',
  'cited',
  'quoted',
]);

export const RELAY_BY_VERBS: ReadonlySet<string> = new Set([
  'reported',
  'published',
  'revealed',
  'quoted',
  'cited',
  'obtained',
]);

// ---- Rule relative-source ----

export const NOT_A_CLAIM: ReadonlySet<string> = new Set(['not', "n't", 'never', 'would', 'could', 'might']);

// ---- Rule source-inverted ----

export const INVERSION_OPENERS: ReadonlySet<string> = new Set([',', '\u201d', '"', '\u2019', "'"]);

// ---- Rule source-subject ----

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may']);
// Verbs of taking a side on a claim: after "would" they still credit a group with a view ("few would argue",
// "most would disagree"), where a wish ("many would hope") is the writer's guess.
export const STANCE_VERBS: ReadonlySet<string> = set('argue say agree disagree dispute deny contend object doubt');

export const NUMBER_HEADS: ReadonlySet<string> = new Set(['figures']);

// ---- Rule unnamed-sources ----

// "a report that cited unnamed sources", "according to anonymous officials": anonymity stated by the
// adjective itself, wherever the phrase sits.
export const UNNAMED_ADJECTIVES: ReadonlySet<string> = new Set(['unnamed', 'anonymous', 'unidentified']);

// ---- Rule first-person-hearsay ----

export const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = set("we i we're i'm we've i've");
// The reporter's hearsay: "we hear that", "I understand that", "we are told".
export const HEARSAY_VERBS: ReadonlySet<string> = set('hear hears heard understand gather');
export const OBJECT_PRONOUNS: ReadonlySet<string> = set('him her them us me you it');

// ---- Rule passive-agent ----

// Participles whose agent is credited with a claim or a judgement ("was welcomed by many analysts"); not acts
// that take a claim verb's form ("was questioned by investigators").
export const NOT_CLAIM_PARTICIPLES: ReadonlySet<string> = set('questioned asked reported charged');

// ---- Source heads of a given span (source-head.ts) ----

// The core of a source phrase ends at punctuation or a relative: "Ed Henry, Fox's chief correspondent".
export const CORE_BREAKS: ReadonlySet<string> = set(`, ( who which that \u2014 \u2013 : ; " \u201c \u201d`);

export const WEEKDAYS: ReadonlySet<string> = set('monday tuesday wednesday thursday friday saturday sunday');

// ---- Learned tagger's features (learned/features.ts) ----

// A cue beyond one of these belongs to another clause.
export const SENTENCE_END_MARKS: ReadonlySet<string> = set('. ; ? !');

// ---- Rule hedges ----

// Attributive hedges: "the alleged fraud", "a perceived bias", "a purported memo".
export const HEDGE_ADJECTIVES: ReadonlySet<string> = set(
  'alleged purported supposed reputed perceived rumored rumoured',
);

// ---- Rule nominal-cues ----

// Claims named by a noun whose author is not: "amid allegations that", "dogged by charges", "reports that".
export const CLAIM_NOUNS: ReadonlySet<string> = set(
  'allegations accusations claims charges rumors rumours speculation reports suggestions',
);
// Words before a claim noun that introduce it as standing on its own ("amid allegations", "denied claims").
export const CLAIM_NOUN_LEADS: ReadonlySet<string> = set(
  'amid despite over following after by faces faced facing face denied denies deny dismissed rejected',
);

// ---- Phrase structure: documents as speech (phrase.ts) ----

// "a group of doctors sent a letter", "critics issued a statement": a document sent is a claim made.
export const DOCUMENT_VERBS: ReadonlySet<string> = set(
  'sent send sends wrote write writes signed sign signs issued issue issues released penned published',
);
// "documents showing that …": evidence stating its claim in a participle, as "reports saying" does.
export const EVIDENCE_PARTICIPLES: ReadonlySet<string> = set('showing indicating revealing suggesting finding');
export const DOCUMENT_NOUNS: ReadonlySet<string> = set(
  'letter letters statement statements petition petitions memo memos op-ed op-eds appeal appeals',
);
