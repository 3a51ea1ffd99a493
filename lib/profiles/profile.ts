import { type FormValues, isFieldKey, PROFILE_KEYS } from '../annexe1/fields';

/**
 * What the extension keeps of an operator: one profile per structure, and which of them
 * fills the forms. This module has no zod and no browser API, so that the popup and the
 * content script, which read profiles, stay small.
 */

/** One structure's details, as the user named them. */
export interface Profile {
  id: string;
  name: string;
  /** Only profile fields (`PROFILE_KEYS`): text, or booleans for check boxes. */
  values: FormValues;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** Every profile, and the one that fills forms (`null` only when there is none). */
export interface ProfilesState {
  profiles: Profile[];
  activeId: string | null;
}

export const EMPTY_STATE: ProfilesState = { profiles: [], activeId: null };

/** The longest profile name accepted, in characters. */
export const MAX_NAME_LENGTH = 100;

/** Keeps only the fields a profile holds, with values of the right type. */
export function profileValues(values: unknown): FormValues {
  const kept: FormValues = {};
  if (!isRecord(values)) return kept;
  for (const [key, value] of Object.entries(values)) {
    if (!isFieldKey(key) || !PROFILE_KEYS.includes(key)) continue;
    if (typeof value === 'string' || typeof value === 'boolean') kept[key] = value;
  }
  return kept;
}

/** The values as saved: a field emptied by the user is no longer held at all. */
export function compactValues(values: FormValues): FormValues {
  const kept = profileValues(values);
  for (const key of PROFILE_KEYS) if (kept[key] === '') delete kept[key];
  return kept;
}

/** True when two sets of values would be saved alike. */
export function sameValues(a: FormValues, b: FormValues): boolean {
  const left = compactValues(a);
  const right = compactValues(b);
  return PROFILE_KEYS.every((key) => left[key] === right[key]);
}

/** Names are told apart as a person does: case and surrounding spaces do not count. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('fr') === b.trim().toLocaleLowerCase('fr');
}

/**
 * `name`, or the first « name (n) » no other profile uses.
 *
 * @example uniqueName('CH Xyz', ['CH Xyz', 'CH Xyz (2)']) // 'CH Xyz (3)'
 */
export function uniqueName(name: string, taken: readonly string[]): string {
  const trimmed = name.trim();
  const isTaken = (candidate: string) => taken.some((other) => sameName(other, candidate));
  if (!isTaken(trimmed)) return trimmed;
  const base = trimmed.replace(/\s\(\d+\)$/, '');
  let n = 2;
  while (isTaken(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}

/** The profile that fills forms, if any. */
export function activeProfile(state: ProfilesState): Profile | undefined {
  return state.profiles.find((profile) => profile.id === state.activeId);
}

/**
 * Stored data read back as a state, whatever it holds: a malformed profile is left out and
 * a value of the wrong type dropped, rather than failing the content script that fills a
 * form. When profiles exist, one of them is always active.
 */
export function normalizeState(raw: unknown): ProfilesState {
  if (!isRecord(raw) || !Array.isArray(raw.profiles)) return EMPTY_STATE;
  const profiles: Profile[] = [];
  for (const item of raw.profiles) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string') continue;
    if (profiles.some((profile) => profile.id === item.id)) continue;
    profiles.push({
      id: item.id,
      name: item.name,
      values: profileValues(item.values),
      createdAt: typeof item.createdAt === 'string' ? item.createdAt : '',
      updatedAt: typeof item.updatedAt === 'string' ? item.updatedAt : '',
    });
  }
  const active = profiles.find((profile) => profile.id === raw.activeId) ?? profiles[0];
  return { profiles, activeId: active?.id ?? null };
}

/** True for a plain object (not an array, not null): what JSON calls an object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
