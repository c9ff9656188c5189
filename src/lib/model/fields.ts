/**
 * The building blocks of the data model's schemas (schema.ts and the section
 * schemas beside it): text lengths, ids, timestamps and dates. Pure.
 */
import * as v from './check';

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
export const MAX_ITEMS = 2_000;

/** Free text written by the user. */
export const text = v.string(MAX_TEXT, 'Teksten er for lang (over 20 000 tegn).');
/** A short line: a name, title, owner. */
export const shortText = v.string(MAX_SHORT, 'Teksten er for lang (over 500 tegn).');
/** An identifier: letters, digits, dash and underscore. */
export const id = v.matching(/^[A-Za-z0-9_-]{1,64}$/, 'Ugyldig id (bare bokstaver, tall, - og _, høyst 64 tegn).');
/** A date-time in ISO 8601 (as written by Date.toISOString). */
export const isoDateTime = v.isoTimestamp('Ugyldig tidspunkt (forventet ISO 8601).');
/** A calendar date (YYYY-MM-DD) or empty when not set. */
export const optionalDate = v.isoDate('Ugyldig dato (forventet ÅÅÅÅ-MM-DD eller tom).', true);
