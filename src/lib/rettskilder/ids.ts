/**
 * The ids of every entry in the register (content/rettskilder/*.yaml), for
 * code that runs in the browser and cannot read the YAML. A unit test checks
 * that this list and the data agree.
 */
const ARTICLE_IDS = Array.from({ length: 99 }, (_, i) => `gdpr/artikkel-${i + 1}`);

export const REGISTER_IDS: readonly string[] = [
  ...ARTICLE_IDS,
  'lover/personopplysningsloven',
  'lover/arkivlova',
  'lover/offentleglova',
  'lover/forvaltningsloven',
  'lover/kommuneloven',
  'lover/andsverkloven',
  'dommer/c-210-16',
  'dommer/c-40-17',
  'dommer/c-311-18',
  'dommer/c-252-21',
  'dommer/t-553-23',
  'dommer/datatilsynet-meta-2023',
  'dommer/edpb-01-2023',
];
