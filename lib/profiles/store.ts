import { storage } from '#imports';
import { type FormValues, isFieldKey, PROFILE_KEYS } from '../annexe1/fields';

/**
 * The operator's profile, kept in the browser's local area (never synced: it holds
 * contacts). Version 1 stores the values by field key.
 */
export const profileItem = storage.defineItem<FormValues>('local:profile', {
  fallback: {},
  version: 1,
});

/** Keeps only the fields a profile holds, with values of the right type. */
export function profileValues(values: Readonly<Record<string, unknown>>): FormValues {
  const kept: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!isFieldKey(key) || !PROFILE_KEYS.includes(key)) continue;
    if (typeof value === 'string' || typeof value === 'boolean') kept[key] = value;
  }
  return kept;
}
