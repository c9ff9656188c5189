/**
 * The platform features the systematic description asks about (in use or not).
 * On their own, because the assessment path (path.ts, loaded by every tool page)
 * needs them to tell whether the description is done, and the rest of
 * description.ts is needed only by the description and the report. Pure data.
 */
export interface Feature {
  id: string;
  name: string;
  /** What the feature collects, as a phrase for the data-flow summary. */
  collects: string;
  /** Whether what it collects is visible to everyone who visits the page. */
  public: boolean;
}

export const FEATURES: readonly Feature[] = [
  {
    id: 'sidestatistikk',
    name: 'Sidestatistikk (for eksempel Sideinnsikt på Facebook)',
    collects: 'statistikk om hvem som besøker og følger siden, laget av plattformen',
    public: false,
  },
  {
    id: 'piksel',
    name: 'Piksel eller sporing på kommunens egne nettsider',
    collects: 'hva besøkende gjør på kommunens nettsider, sendt til plattformen',
    public: false,
  },
  {
    id: 'annonser',
    name: 'Annonser og betalt spredning',
    collects: 'målgrupper for annonser, laget av plattformen ut fra brukernes profiler',
    public: false,
  },
  { id: 'kommentarer', name: 'Kommentarer og reaksjoner', collects: 'kommentarer og reaksjoner med navn og profilbilde', public: true },
  { id: 'meldinger', name: 'Direktemeldinger', collects: 'direktemeldinger mellom innbyggere og kommunen', public: false },
  {
    id: 'direktesending',
    name: 'Direktesending av video',
    collects: 'bilde og lyd fra direktesendinger, og kommentarer under dem',
    public: true,
  },
];
