import { storage } from '#imports';
import { PROFILES_MIGRATIONS, PROFILES_VERSION } from './migrations';
import { EMPTY_STATE, normalizeState, type ProfilesState } from './profile';

/**
 * The operator profiles, kept in the browser's local area: never synced, they hold people's
 * names, phones and addresses. The key is still v1's `profile`, so that WXT's versioned
 * item migrates the data in place (see `migrations.ts`).
 */
export const profilesItem = storage.defineItem<ProfilesState>('local:profile', {
  fallback: EMPTY_STATE,
  version: PROFILES_VERSION,
  migrations: PROFILES_MIGRATIONS,
});

/** A change to the stored profiles; `undefined` leaves them as they are. */
export type ProfilesChange = (state: ProfilesState) => ProfilesState | undefined;

// Changes from one page run one after the other, each on the state the last one left.
let queue: Promise<unknown> = Promise.resolve();

/** The stored profiles, migrated and checked. */
export async function readProfiles(): Promise<ProfilesState> {
  return normalizeState(await profilesItem.getValue());
}

/**
 * Applies `change` to the profiles as they are stored now (not as a page last saw them, as
 * the popup or another tab may have changed them since) and stores the result.
 *
 * @example await updateProfiles((state) => setActive(state, id))
 */
export function updateProfiles(change: ProfilesChange): Promise<ProfilesState> {
  const run = queue.then(async () => {
    const current = await readProfiles();
    const next = change(current);
    if (next === undefined) return current;
    const checked = normalizeState(next);
    await profilesItem.setValue(checked);
    return checked;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls `onChange` whenever any page changes the profiles; returns how to stop. */
export function watchProfiles(onChange: (state: ProfilesState) => void): () => void {
  return profilesItem.watch((value) => onChange(normalizeState(value)));
}
