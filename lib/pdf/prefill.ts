import type { FieldKey, FormValues } from '../annexe1/fields';
import { valuesForBlanks } from './adapt';
import type { Annexe1Pdf } from './types';

/**
 * The values the assistant starts from: what the PDF already holds, completed from the
 * active profile. The user's PDF is never silently overwritten: where it holds a value
 * and the profile another, the PDF's is kept and the profile's offered beside it.
 */

/** A blank where the PDF and the profile disagree. */
export interface Difference {
  key: FieldKey;
  /** What the profile would have put there. */
  profile: string;
}

export interface Prefill {
  values: FormValues;
  differences: Difference[];
}

const isGiven = (value: unknown): value is string | boolean =>
  value === true || (typeof value === 'string' && value.trim() !== '');

/**
 * The PDF's blanks filled from the PDF first, then from the profile (its DN split or
 * joined to suit the blanks).
 *
 * @example prefill(pdf, profile.values).differences // [{ key: 'legalRep.phone', … }]
 */
export function prefill(pdf: Annexe1Pdf, profile: FormValues = {}): Prefill {
  const keys = new Set<FieldKey>(pdf.blanks.map((blank) => blank.key));
  const fromProfile = valuesForBlanks(profile, keys);
  const values: FormValues = {};
  const differences: Difference[] = [];
  for (const key of keys) {
    const held = pdf.values[key];
    const offered = fromProfile[key];
    if (isGiven(held)) {
      values[key] = held;
      // Boxes do not disagree: a profile's unticked box is no value.
      if (typeof offered === 'string' && isGiven(offered) && offered !== held) {
        differences.push({ key, profile: offered });
      }
    } else if (isGiven(offered)) {
      values[key] = offered;
    }
  }
  return { values, differences };
}
