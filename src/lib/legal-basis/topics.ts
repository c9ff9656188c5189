/**
 * Two topics of evaluate(), beside the legal basis (basis.ts): the channel
 * itself (service area, use, target group) and the duties that come with it
 * (archive, transfer out of the EU/EEA, joint controllership, information,
 * the DPIA). Pure.
 */
import type { AnswerReader } from './answers';
import { W, type Warning } from './warnings';

/** Warnings about the service area, the use and the target group, and the to-do they add. */
export function channelFindings({ val }: AnswerReader): { warnings: Warning[]; todo: string[] } {
  const warnings: Warning[] = [];
  const todo: string[] = [];
  if (val('tjenesteomrade') === 'ja') warnings.push(W.fraradet);
  if (val('bruk') === 'saksbehandling') warnings.push(W.saksbehandling);
  if (val('bruk') === 'debatt') warnings.push(W.debatt);
  if (val('malgruppe') === 'ja') {
    warnings.push(W.sarbare);
    todo.push('Ta med at kanalen kan nå sårbare grupper, i risikovurderingen.');
  }
  return { warnings, todo };
}

/** The conclusion with what the service area and the use add to it. */
export function withChannelNotes({ val }: AnswerReader, conclusion: string): string {
  if (val('tjenesteomrade') === 'ja') {
    conclusion = `KS fraråder sosiale medier i dette tjenesteområdet; dere har begrunnet skriftlig hvorfor dere likevel fortsetter. ${conclusion}`;
  }
  if (val('bruk') === 'saksbehandling') {
    conclusion += ' Merk at veilederen ikke støtter bruk som ligner saksbehandling.';
  } else if (val('bruk') === 'debatt') {
    conclusion += ' Merk at veilederen anbefaler sosiale medier bare for ren informasjonsvirksomhet.';
  }

  return conclusion;
}

/** The duties that come with the channel: warnings, to-do, and what the transfer adds to the conclusion. */
export function dutyFindings({ val, justified }: AnswerReader): { warnings: Warning[]; todo: string[]; conclusionNote: string } {
  const warnings: Warning[] = [];
  const todo: string[] = [];
  let conclusion = '';
  if (val('arkiv') === 'nei') todo.push('Vurder om og hvordan kommunikasjonen i kanalen skal arkiveres og journalføres.');

  const provider = val('leverandor');
  if (provider === 'tredjeland') {
    warnings.push(W.tredjeland);
    if (val('overforingsgrunnlag') === 'ikke-funnet') todo.push('Finn et gyldig overføringsgrunnlag (art. 44–49).');
    todo.push(
      'Vurder om lover eller praksis i mottakerlandet svekker vernet i praksis, og om det trengs en egen forholdsmessighetsvurdering.',
    );
    todo.push('Beskriv de supplerende tiltakene og garantiene som skal sikre et vern på EU/EØS-nivå.');
    if (!(val('overforingsgrunnlag') === 'navngitt' && justified('overforingsgrunnlag'))) {
      conclusion += ' Overføringen ut av EU/EØS mangler i tillegg et gyldig overføringsgrunnlag (art. 44–49).';
    }
  } else if (provider === 'ukjent') {
    warnings.push(W.leverandorUkjent);
    todo.push('Finn ut hvor leverandøren behandler opplysningene, og om landet har adekvansbeslutning.');
  }

  const joint = val('felles-ansvar');
  if (joint === 'nei' || joint === 'usikker') {
    warnings.push(W.fellesAnsvar);
    todo.push(
      joint === 'nei'
        ? 'Få på plass en ordning for felles behandlingsansvar med leverandøren (art. 26).'
        : 'Finn ut om det finnes en ordning for felles behandlingsansvar med leverandøren (art. 26).',
    );
  }
  if (val('informasjonsplikt') === 'nei') todo.push('Bestem hvordan kommunen tar på seg mer av informasjonsplikten overfor innbyggerne.');

  const dpia = val('dpia');
  if (dpia !== 'gjennomfort') todo.push('Gjennomfør personvernkonsekvensvurderingen (art. 35); bruk risikovurderingen.');

  return { warnings, todo, conclusionNote: conclusion };
}
