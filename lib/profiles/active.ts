import type { FormValues } from '../annexe1/fields';
import { activeProfile } from './profile';
import { readProfiles } from './store';

/** A profile as the rest of the extension sees it: its name and the values it fills. */
export interface ActiveProfile {
  name: string;
  values: FormValues;
}

/**
 * The profile the user chose to fill forms with, or `undefined` when there is none yet.
 * Pages and the content script call this; how profiles are stored stays behind it. Edits
 * not yet saved in the options page (drafts) are not part of it.
 */
export async function loadActiveProfile(): Promise<ActiveProfile | undefined> {
  const profile = activeProfile(await readProfiles());
  if (!profile) return undefined;
  return { name: profile.name, values: { ...profile.values } };
}
