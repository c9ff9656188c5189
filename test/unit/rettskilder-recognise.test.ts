import { describe, expect, it } from 'vitest';
import { findReferences, segmentText } from '../../src/lib/rettskilder/recognise';
import { REGISTER_IDS } from '../../src/lib/rettskilder/ids';

const known = (id: string) => REGISTER_IDS.includes(id);

/** [text, expected links as "matched text -> id"] */
const cases: [string, string[]][] = [
  // Links
  ['Se art. 35.', ['art. 35 -> gdpr/artikkel-35']],
  ['etter artikkel 35 i forordningen', ['artikkel 35 -> gdpr/artikkel-35']],
  ['Artikkel 35 krever en vurdering', ['Artikkel 35 -> gdpr/artikkel-35']],
  ['jf. GDPR art. 26', ['GDPR art. 26 -> gdpr/artikkel-26']],
  ['personvernforordningen art. 6 nr. 1 bokstav f gjelder', ['personvernforordningen art. 6 nr. 1 bokstav f -> gdpr/artikkel-6']],
  ['Etter art. 6 nr. 3 må kommunen', ['art. 6 nr. 3 -> gdpr/artikkel-6']],
  ['overføringsgrunnlag (art. 44–49)', ['art. 44 -> gdpr/artikkel-44', '49 -> gdpr/artikkel-49']],
  ['art. 44-49', ['art. 44 -> gdpr/artikkel-44', '49 -> gdpr/artikkel-49']],
  ['art. 44 – 49', ['art. 44 -> gdpr/artikkel-44', '49 -> gdpr/artikkel-49']],
  ['grunnlaget i 6(1)(f) er', ['6(1)(f) -> gdpr/artikkel-6']],
  ['etter artikkel 6 (1) e kan', ['artikkel 6 (1) e -> gdpr/artikkel-6']],
  ['art. 35 nr. 2 sier', ['art. 35 nr. 2 -> gdpr/artikkel-35']],
  ['artikkel 9 nr. 1 forbyr', ['artikkel 9 nr. 1 -> gdpr/artikkel-9']],
  ['**Art. 6 nr. 1 bokstav e** gjelder', ['Art. 6 nr. 1 bokstav e -> gdpr/artikkel-6']],
  ['Etter art. 6 nr. 1 andre ledd kan', ['art. 6 nr. 1 andre ledd -> gdpr/artikkel-6']],
  ['art. 6(1)(e)', ['art. 6(1)(e) -> gdpr/artikkel-6']],
  ['art 36 om forhåndsdrøftinger', ['art 36 -> gdpr/artikkel-36']],
  ['art.\u00a035', ['art.\u00a035 -> gdpr/artikkel-35']],
  ['informasjonen etter art. 13 og 14', ['art. 13 -> gdpr/artikkel-13', '14 -> gdpr/artikkel-14']],
  ['artiklene 13 og 14', ['artiklene 13 -> gdpr/artikkel-13', '14 -> gdpr/artikkel-14']],
  ['(GDPR art. 36)', ['GDPR art. 36 -> gdpr/artikkel-36']],
  ['forordningen art. 5 nr. 2.', ['forordningen art. 5 nr. 2 -> gdpr/artikkel-5']],
  ['art. 6 nr. 1 bokstav f, ', ['art. 6 nr. 1 bokstav f -> gdpr/artikkel-6']],
  ['Arkivlova gjelder', ['Arkivlova -> lover/arkivlova']],
  ['etter arkivloven skal', ['arkivloven -> lover/arkivlova']],
  ['en ny arkivlov i 2025', ['arkivlov -> lover/arkivlova']],
  ['Offentleglova og forvaltningsloven', ['Offentleglova -> lover/offentleglova', 'forvaltningsloven -> lover/forvaltningsloven']],
  ['personopplysningsloven', ['personopplysningsloven -> lover/personopplysningsloven']],
  ['kommuneloven § 4-1 sier', ['kommuneloven § 4-1 -> lover/kommuneloven']],
  ['dommen C-210/16 (Wirtschaftsakademie)', ['C-210/16 -> dommer/c-210-16']],
  ['sak C-40/17', ['C-40/17 -> dommer/c-40-17']],
  ['Schrems II (C‑311/18)', ['C‑311/18 -> dommer/c-311-18']],
  // Must not link
  ['i 2016 kom forordningen', []],
  ['forordningen (EU) 2016/679', []],
  ['se kapittel 6 i veilederen', []],
  ['kapittel V (art. 44–49) gjelder', ['art. 44 -> gdpr/artikkel-44', '49 -> gdpr/artikkel-49']],
  ['nr. 1 alene', []],
  ['bokstav f gjelder ikke', []],
  ['etter § 6 i loven', []],
  ['saken C-210 er delvis', []],
  ['ring 22 39 69 00', []],
  ['tlf. (+47) 22 39 69 00', []],
  ['art. 3 har en side', ['art. 3 -> gdpr/artikkel-3']],
  ['art. 37–39 om personvernombudet', ['art. 37 -> gdpr/artikkel-37', '39 -> gdpr/artikkel-39']],
  ['art. 99 gjelder', ['art. 99 -> gdpr/artikkel-99']],
  ['artikkel 8 nr. 1', ['artikkel 8 nr. 1 -> gdpr/artikkel-8']],
  ['Retten (T-553/23)', ['T-553/23 -> dommer/t-553-23']],
  ['C-252/21 Meta', ['C-252/21 -> dommer/c-252-21']],
  ['åndsverkloven § 104', ['åndsverkloven § 104 -> lover/andsverkloven']],
  ['sak T-553', []],
  ['art. 120 finnes ikke', []],
  ['art. 100 finnes ikke', []],
  ['artikkelen handler om', []],
  ['Start 35 minutter', []],
  ['part. 35', []],
  ['art. 35a', []],
  ['Art. 26-ordningen', ['Art. 26 -> gdpr/artikkel-26']],
  ['arkivlovgivningen', []],
  ['C-311/180', []],
  ['versjon 6(1)', ['6(1) -> gdpr/artikkel-6']],
  ['klokken 6.30', []],
  ['1.1 Avgrensninger', []],
];

describe('findReferences', () => {
  it('has a table of at least 40 phrasings', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases)('%s', (text, expected) => {
    const found = findReferences(text, known).map((m) => `${m.text} -> ${m.id}`);
    expect(found).toEqual(expected);
  });

  it('gives offsets that cut out the matched text', () => {
    const text = 'Etter art. 6 nr. 3 og art. 35 nr. 2 må kommunen';
    for (const m of findReferences(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('without a register filter also finds articles that have no entry', () => {
    expect(findReferences('art. 3').map((m) => m.id)).toEqual(['gdpr/artikkel-3']);
  });
});

describe('segmentText', () => {
  it('keeps all the text, in order', () => {
    const text = 'Etter art. 26 og kommuneloven § 4-1, se C-40/17.';
    const segments = segmentText(text, known);
    expect(segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(text);
    expect(segments.filter((s) => typeof s !== 'string')).toHaveLength(3);
  });
  it('returns one plain string when nothing matches', () => {
    expect(segmentText('Ingen henvisning her.', known)).toEqual(['Ingen henvisning her.']);
  });
});
