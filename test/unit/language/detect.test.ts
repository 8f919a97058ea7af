import { describe, expect, it } from 'vitest';
import { declaredLanguage, detectLanguage } from '../../../src/analysis/language';

const SNIPPETS: Record<string, string> = {
  en:
    'The water minister said on Monday that the dam would not be opened until engineers had finished ' +
    'their inspection, and that the government was talking to its neighbours about the flow of the river.',
  fr:
    'Le ministre de l’Eau a déclaré lundi que le barrage ne serait pas ouvert avant la fin de l’inspection ' +
    'des ingénieurs, et que le gouvernement discutait avec ses voisins du débit du fleuve.',
  de:
    'Der Wasserminister sagte am Montag, der Damm werde erst geöffnet, wenn die Ingenieure ihre Prüfung ' +
    'abgeschlossen hätten, und die Regierung spreche mit den Nachbarn über den Zufluss des Flusses.',
  es:
    'El ministro del Agua dijo el lunes que la presa no se abrirá hasta que los ingenieros terminen su ' +
    'inspección, y que el gobierno habla con sus vecinos sobre el caudal del río.',
  pt:
    'O ministro da Água disse na segunda-feira que a barragem não será aberta até que os engenheiros ' +
    'terminem a inspeção, e que o governo está conversando com os vizinhos sobre a vazão do rio.',
  it:
    'Il ministro dell’Acqua ha detto lunedì che la diga non sarà aperta finché gli ingegneri non avranno ' +
    'finito la loro ispezione, e che il governo sta parlando con i vicini della portata del fiume.',
  nl:
    'De minister van Water zei maandag dat de dam pas wordt geopend als de ingenieurs hun inspectie hebben ' +
    'afgerond, en dat de regering met de buurlanden praat over het debiet van de rivier.',
};

/** Team-written paragraphs in languages without many words in common with English's markers. */
const HUNGARIAN = [
  'Varga Mihály pénzügyminiszter szerint a kormány a jövő évben is csökkenti az adókat, és a költségvetés ' +
    'hiánya nem lesz nagyobb a tervezettnél. A miniszter hozzátette, hogy a bérek is emelkednek.',
  'A Magyar Nemzeti Bank kedden bejelentette, hogy az alapkamat változatlan marad. Az elemzők szerint az ' +
    'infláció a nyár végére lassulhat, de a forint árfolyama továbbra is bizonytalan.',
  'A kormány szerint a tervezet a jövő héten kerül a parlament elé.',
];
const OTHERS: Record<string, string> = {
  fi: 'Vesiministeri sanoi maanantaina, että pato avataan vasta kun insinöörit ovat saaneet tarkastuksen valmiiksi.',
  cs: 'Ministr uvedl, že přehrada bude otevřena až poté, co inženýři dokončí kontrolu, a že vláda jedná se sousedy.',
  tl: 'Sinabi ng ministro na hindi bubuksan ang dam hangga’t hindi natatapos ng mga inhinyero ang inspeksyon.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SNIPPETS))('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('recognises a long English article, headlines and names included', () => {
    const text = `IRAQ TALKS\nRashid al-Obeidi, Mahdi al-Hamdani, UN, KRG\n${SNIPPETS.en!.repeat(400)}`;
    expect(detectLanguage(text)).toBe('en');
  });

  it('leaves a French page alone even with English names and quotes in it', () => {
    const text = `${SNIPPETS.fr} « We will not give up », a dit Donald Trump à la Maison Blanche. ${SNIPPETS.fr}`;
    expect(detectLanguage(text)).toBe('fr');
  });

  it("never calls Hungarian English: its 'a', 'is', 'az', 'be' are no English evidence", () => {
    for (const text of HUNGARIAN) expect(detectLanguage(text)).toBe('hu');
    expect(detectLanguage(HUNGARIAN.join('\n').repeat(20))).toBe('hu');
  });

  it.each(Object.entries(OTHERS))('does not call short %s English', (_, text) => {
    expect(detectLanguage(text)).not.toBe('en');
  });

  it('keeps short English paragraphs and English dense with foreign names English', () => {
    expect(detectLanguage('DNP is not a miracle slimming pill. It is a deadly toxin.')).toBe('en');
    expect(detectLanguage('The dam will open on Monday, the minister said.')).toBe('en');
    const names =
      'Abdul-Mahdi, al-Kadhimi, Barzani and al-Halbousi met Hadi al-Amiri, Qais al-Khazali and Faleh ' +
      'al-Fayyadh in Baghdad, according to Rudaw, which said the talks with Erdoğan’s envoy were tense.';
    expect(detectLanguage(names)).toBe('en');
    expect(detectLanguage(names.repeat(10))).toBe('en');
  });

  it("takes the page's declared language first", () => {
    expect(detectLanguage(SNIPPETS.en!, 'hu')).toBe('hu');
    expect(detectLanguage(SNIPPETS.en!, 'fr-CA')).toBe('fr');
    expect(detectLanguage(HUNGARIAN[0]!, 'en')).toBe('hu');
    expect(detectLanguage(SNIPPETS.en!, 'en-US')).toBe('en');
    expect(detectLanguage(SNIPPETS.en!, 'x-default')).toBe('en');
  });

  it('lets a page that declares English keep a name-heavy text that would otherwise be undetermined', () => {
    const roster =
      'Named on Monday: Pompeo, Salih, Kadhimi, Hussein, Barzani, Halbousi, Amiri, Khazali, Fayyadh, Sadr, ' +
      'Maliki, Abadi, Allawi, Jaafari, Talabani, Zebari, Hakim, Nujaifi, Mutlaq, Issawi, Hashemi, Dulaimi, ' +
      'Jabouri, Karbouli, Rikabi, Sudani, Hamdani, Obeidi, Tamimi, Musawi, Shabibi, Araji, Zamili, Bayati, ' +
      'Hilli, Kubaisi, Rawi, Ani, Samarrai, Tikriti, Mosuli, Basri, Najafi, Karbalai, Kufi, Hillawi, Diwani, ' +
      'Amari, Saadi and Lami, said Rudaw.';
    expect(detectLanguage(roster)).toBe('und');
    expect(detectLanguage(roster, 'en')).toBe('en');
  });

  it('keeps English of any shape English: results tables, market data and fixtures have few function words', () => {
    const results =
      'ROWING - REGATTA RESULTS .\nLUCERNE 2019-07-12\nResults of the final races on Friday ( heats in brackets ) :\n' +
      "Men 's single sculls : 1. Ola Berg ( Norway ) 6:51.20 ( 7:02.10 ) 2. Kim Lund ( Denmark ) 6:53.04\n" +
      "Women 's pair : 1. Aanen / Vries ( Netherlands ) 7:20.11 2. Costa / Rossi ( Italy ) 7:22.90\n";
    expect(detectLanguage(results)).toBe('en');
    expect(detectLanguage(results.repeat(8))).toBe('en');
    const market =
      'Ferrox Q3 profit rises .\nOSLO 2019-10-24\nNine months to September 30 ( million crowns unless stated ) :\n' +
      'Operating profit 412 vs 388\nNet sales 5,120 vs 4,870\nEarnings per share 2.10 vs 1.95\n';
    expect(detectLanguage(market)).toBe('en');
    // "was", "per" and "for" are also Dutch, German, Italian or Scandinavian function words.
    const prices =
      'STEEL PRICES STEADY .\nPrices per ton for delivery in April :\nHot rolled coil was 610 per ton , unchanged .\n' +
      'Cold rolled coil was 700 per ton , up 5 .\nRebar was 540 per ton for export , down 10 .\n' +
      'Wire rod was 560 per ton , steady .\n';
    expect(detectLanguage(prices)).toBe('en');
    // "v" is a Czech and Slovak word; in English fixtures it is "versus".
    const fixtures =
      'FOOTBALL - LEAGUE FIXTURES .\nLONDON 2019-08-30\nLeague fixtures ( kick-off 1500 local unless stated ) :\n' +
      'Saturday : Arden v Belmont , Corby v Dunmore , Elton v Fairley , ' +
      'Garston v Hatton , Ilford v Jarrow , Kelso v Ludlow , Marlow v Newport , Oakham v Penrith .\n' +
      'Sunday : Quorn v Ripon , Selby v Thirsk , Ulverston v Wetherby , Yarm v Zeals .\nAll matches kick off at 3 pm .';
    expect(detectLanguage(fixtures)).toBe('en');
  });

  it('does not let English words in a foreign text make it English, nor a possessive make English Czech', () => {
    const czech =
      'Ministr uvedl, že přehrada bude otevřena až poté, co inženýři dokončí kontrolu, a že vláda jedná se ' +
      'sousedy o průtoku řeky. Podle ministra je to v zájmu všech obcí na řece a v souladu se zákonem. ';
    expect(detectLanguage(`${czech}The report said the dam was safe. ${czech}`)).toBe('cs');
    expect(detectLanguage("Friday 's race , Monday 's final , the winner 's time and the team 's prize")).toBe('en');
  });

  it('takes a short Latin line without other evidence as English', () => {
    expect(detectLanguage('Mike Pompeo met Barham Salih in Baghdad.')).toBe('en');
    expect(detectLanguage('Pompeo warned Baghdad')).toBe('en');
  });

  it('answers und when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('   12 345 — 67 ')).toBe('und');
    const names = 'Obeidi Hamdani Baghdad Mosul Ankara Basra Erbil Kirkuk Tigris Euphrates '.repeat(5);
    expect(detectLanguage(names)).toBe('und');
    const lorem =
      'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.';
    expect(detectLanguage(lorem.repeat(3))).toBe('und');
  });

  it('names distinctive scripts and leaves shared ones undetermined', () => {
    expect(detectLanguage('東京で会議が開かれました。政府はダムについて話し合いました。')).toBe('ja');
    expect(detectLanguage('Ο υπουργός είπε ότι το φράγμα θα ανοίξει σύντομα.')).toBe('el');
    expect(detectLanguage('قال وزير الموارد المائية إن السد لن يفتح قبل انتهاء التفتيش')).toBe('und');
    expect(detectLanguage('Министр заявил, что плотина не будет открыта до конца проверки.')).toBe('und');
  });
});

describe('declaredLanguage', () => {
  it("reads a BCP 47 tag's primary language, and nothing from tags that name none", () => {
    expect(declaredLanguage('en-US')).toBe('en');
    expect(declaredLanguage(' HU ')).toBe('hu');
    expect(declaredLanguage('pt_BR')).toBe('pt');
    expect(declaredLanguage('fil')).toBe('fil');
    for (const tag of [null, undefined, '', 'und', 'mul', 'x-default', 'english', '12'])
      expect(declaredLanguage(tag)).toBeNull();
  });
});
