/**
 * The ids of every entry in the register (content/rettskilder/*.yaml), for
 * code that runs in the browser and cannot read the YAML. A unit test checks
 * that this list and the data agree.
 */
export const REGISTER_IDS = [
  'gdpr/artikkel-4',
  'gdpr/artikkel-5',
  'gdpr/artikkel-6',
  'gdpr/artikkel-9',
  'gdpr/artikkel-12',
  'gdpr/artikkel-13',
  'gdpr/artikkel-14',
  'gdpr/artikkel-21',
  'gdpr/artikkel-24',
  'gdpr/artikkel-26',
  'gdpr/artikkel-28',
  'gdpr/artikkel-32',
  'gdpr/artikkel-35',
  'gdpr/artikkel-36',
  'gdpr/artikkel-44',
  'gdpr/artikkel-45',
  'gdpr/artikkel-46',
  'gdpr/artikkel-49',
  'lover/personopplysningsloven',
  'lover/arkivlova',
  'lover/offentleglova',
  'lover/forvaltningsloven',
  'lover/kommuneloven',
  'dommer/c-210-16',
  'dommer/c-40-17',
  'dommer/c-311-18',
] as const;

export type RegisterId = (typeof REGISTER_IDS)[number];
