import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/analysis/language';

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
