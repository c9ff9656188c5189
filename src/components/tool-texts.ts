/**
 * The tool islands that start light (src/components/ToolIsland.tsx), with what
 * each shows while its code loads and, before any assessment exists, under the
 * assessment bar. The tools' own views use the same texts (one home for both).
 */
/** The prompt of a DPIA part when no assessment is chosen (src/components/dpia/DpiaFrame.tsx). */
export const START = 'Velg eller opprett en vurdering over for å starte.';

export const TOOL_TEXTS = {
  vurderinger: { loading: 'Laster vurderingene deres …', empty: null },
  screening: { loading: 'Laster screeningen …', empty: START },
  beskrivelse: { loading: 'Laster beskrivelsen …', empty: 'Velg eller opprett en vurdering over for å starte beskrivelsen.' },
  behandlingsgrunnlag: { loading: 'Laster veiviseren …', empty: 'Velg eller opprett en vurdering over for å starte veiviseren.' },
  nodvendighet: { loading: 'Laster verktøyet …', empty: START },
  risikovurdering: {
    loading: 'Laster risikovurderingen …',
    empty: 'Velg eller opprett en vurdering for å begynne på risikovurderingen.',
  },
  medvirkning: { loading: 'Laster verktøyet …', empty: START },
  sjekklister: { loading: 'Laster sjekklistene …', empty: 'Velg eller opprett en vurdering over for å fylle ut sjekklistene.' },
  etikk: { loading: 'Laster refleksjonsverktøyet …', empty: 'Velg eller opprett en vurdering over for å starte refleksjonen.' },
  beslutning: {
    loading: 'Laster beslutningsloggen …',
    empty: 'Velg eller opprett en vurdering for å registrere ledelsens beslutninger.',
  },
  /** Shown below the decision recorder, without a bar of its own: nothing until an assessment is chosen. */
  godkjenning: { loading: 'Laster godkjenningen …', empty: null, bar: false },
  rapport: { loading: 'Laster rapporten …', empty: 'Velg eller opprett en vurdering for å se rapporten.' },
} as const satisfies Record<string, { loading: string; empty: string | null; bar?: false }>;

export type ToolName = keyof typeof TOOL_TEXTS;

/** Mine vurderinger: the start view (src/components/workspace/MyAssessmentsIsland.tsx) and the tool use the same texts. */
export const MY_ASSESSMENTS_TEXTS = {
  loading: 'Laster vurderingene deres …',
  heading: 'Vurderinger i denne nettleseren',
  none: 'Det finnes ingen vurderinger i denne nettleseren ennå. Opprett en ny, eller importer en fil.',
  created: 'Vurderingen er opprettet og valgt.',
} as const;

/** The account review: the start view (src/components/accounts/AccountsIsland.tsx) and the tool use the same texts. */
export const ACCOUNT_TEXTS = {
  loading: 'Laster kontoregisteret …',
  heading: 'Kontoregisteret',
  none: 'Registeret er tomt. Legg til kommunens sider og kontoer én etter én, eller importer en CSV-fil.',
} as const;

/**
 * The risk method: the page's placeholder and the island's, until the editor is near the screen.
 * MethodTool.astro gives it to MethodIsland as a prop, so the method page does not load "start".
 */
export const METHOD_TEXTS = {
  loading: 'Laster risikometoden …',
} as const;
