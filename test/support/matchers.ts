// Vitest types its asymmetric matchers as `any`. These wrappers give them the type `unknown`, so a
// matcher inside toEqual/toMatchObject is not an unsafe `any` to typescript-eslint, and the test
// still compares exactly as with expect.stringContaining/expect.stringMatching.
import { expect } from 'vitest';

/** Matches a string that contains `text`. */
export const stringContaining = (text: string): unknown => expect.stringContaining(text);

/** Matches a string that matches `pattern`. */
export const stringMatching = (pattern: string | RegExp): unknown => expect.stringMatching(pattern);
