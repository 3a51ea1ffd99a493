import { EMPTY_STATE, MAX_NAME_LENGTH, type ProfilesState, profileValues } from './profile';

/**
 * How each earlier layout of the stored profiles becomes the next. The storage item runs
 * them in order on first read; a migration never throws (WXT would then keep the old
 * layout and log), so odd data becomes the closest state rather than an error.
 *
 * - v1 (0.1.0): `local:profile` holds one structure's values by field key.
 * - v2: `local:profile` holds `ProfilesState`: named profiles and the active one.
 */

/** The current layout's version. */
export const PROFILES_VERSION = 2;

/**
 * The id of the profile that v1's single profile becomes. Fixed rather than random: every
 * extension page that opens runs the migration, and they must agree on the result.
 */
export const V1_PROFILE_ID = 'profile-v1';

/** The name v1's profile gets when its structure has no name. */
export const V1_FALLBACK_NAME = 'Profil 1';

/**
 * v1's one set of values as a v2 state: a profile named after the structure, made active.
 * Nothing saved (an empty v1 value) gives no profile.
 */
export function profilesFromV1(v1: unknown, now: string): ProfilesState {
  const values = profileValues(v1);
  if (Object.keys(values).length === 0) return EMPTY_STATE;
  const operator = values['operator.name'];
  const name = typeof operator === 'string' ? operator.trim().slice(0, MAX_NAME_LENGTH) : '';
  const profile = {
    id: V1_PROFILE_ID,
    name: name || V1_FALLBACK_NAME,
    values,
    createdAt: now,
    updatedAt: now,
  };
  return { profiles: [profile], activeId: profile.id };
}

/** The migrations by the version they produce, as `@wxt-dev/storage` takes them. */
export const PROFILES_MIGRATIONS = {
  2: (v1: unknown): ProfilesState => profilesFromV1(v1, new Date().toISOString()),
};
