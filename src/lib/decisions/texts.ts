/**
 * The words about art. 35 and art. 36 in one place. The decision page, the
 * risk page and tool, the report and chapter 8 all use these, so they say the
 * same thing. Pure data: no DOM. (MDX pages import them at build time, so the
 * pages ship no JavaScript for them.)
 */

/** The status an approval gets while the highest residual risk is high and Datatilsynet has not been consulted. */
export const ART36_REQUIRED_LABEL = 'Forhåndsdrøfting kreves før oppstart';

/** The legal rule (art. 36 nr. 1), whatever the number of rounds. */
export const ART36_RULE =
  'Viser vurderingen at restrisikoen fortsatt er høy etter tiltakene, skal kommunen rådføre seg med Datatilsynet før behandlingen starter ' +
  '(forhåndsdrøfting, art. 36 nr. 1). Det gjelder uansett hvor mange ganger ledelsen har behandlet saken, også ved første behandling.';

/** What the rule means for a decision that lets the processing go ahead. */
export const ART36_NOT_START =
  'En godkjenning eller betinget godkjenning med høy restrisiko betyr ikke at enheten kan starte. Enheten kan ikke ta i bruk plattformen før ' +
  'forhåndsdrøftingen med Datatilsynet er gjennomført og ledelsen har tatt stilling til svaret.';

/** Art. 36 nr. 2, with its condition. */
export const ART36_NR2 =
  'Mener Datatilsynet at den planlagte behandlingen vil være i strid med personvernforordningen, gir tilsynet skriftlig råd innen åtte uker ' +
  'etter at det har mottatt anmodningen. Fristen kan forlenges med seks uker (art. 36 nr. 2).';

/** The documentation the municipality sends with the request. */
export const ART36_DOCUMENT =
  'Dokumenter hvilke tiltak som er vurdert og gjennomført, og hvorfor restrisikoen likevel er høy. Legg ved vurderingen av personvernkonsekvenser.';

/** KS's process rule, labelled as KS's. */
export const KS_ART36_RULE =
  'KS mener at kommunen skal be om forhåndsdrøfting når vurderingen har vært behandlet i ledelsen mer enn én gang, restrisikoen fortsatt er høy ' +
  'og ønsket om å bruke plattformen fortsatt er sterkt, og at det er ledelsen som beslutter å be om det. Loven går lenger: høy restrisiko er nok.';

/** Art. 35 nr. 1: what triggers a DPIA, and KS's view for social media. */
export const ART35_TRIGGER =
  'En vurdering av personvernkonsekvenser (DPIA) kreves når behandlingen sannsynligvis vil medføre høy risiko for de registrertes rettigheter og ' +
  'friheter (art. 35 nr. 1). Felles behandlingsansvar (art. 26) utløser ikke i seg selv en DPIA.';
export const KS_DPIA_VIEW =
  'KS mener at kommunen bør gjennomføre en DPIA før den tar i bruk sosiale medier, fordi plattformenes algoritmer og profilering ofte gir høy risiko.';

/** The short sentence for the risk summary when the residual risk is high. */
export const RISK_HIGH_RESIDUAL =
  'Er restrisikoen fortsatt høy når ledelsen behandler vurderingen, skal kommunen be om forhåndsdrøfting med Datatilsynet før oppstart (art. 36 nr. 1), ' +
  'også ved første behandling.';
