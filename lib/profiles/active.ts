import type { FormValues } from '../annexe1/fields';
import { profileItem, profileValues } from './store';

/** A profile as the rest of the extension sees it: its name and the values it fills. */
export interface ActiveProfile {
  name: string;
  values: FormValues;
}

/**
 * The profile the user chose to fill forms with, or `undefined` when there is none yet.
 * Pages and the content script call this; how profiles are stored stays behind it.
 */
export async function loadActiveProfile(): Promise<ActiveProfile | undefined> {
  const values = profileValues(await profileItem.getValue());
  if (Object.keys(values).length === 0) return undefined;
  return { name: String(values['operator.name'] ?? ''), values };
}
