import type { FormValues } from '../annexe1/fields';
import {
  compactValues,
  MAX_NAME_LENGTH,
  type Profile,
  type ProfilesState,
  sameName,
  uniqueName,
} from './profile';

/**
 * What the options page does to the profiles, as functions from one state to the next.
 * Dates and new ids come in as arguments, so that every step is checked without a clock.
 */

/** Why a profile's name cannot be saved. */
export type NameProblem = 'name-empty' | 'name-too-long' | 'name-taken';

/** A profile removed by `removeProfile`, with what `restoreProfile` needs to undo it. */
export interface Removed {
  profile: Profile;
  index: number;
  wasActive: boolean;
}

/** The name a new profile gets: « Profil 1 », « Profil 2 »… the first one free. */
export function newProfileName(state: ProfilesState, base: string): string {
  const taken = state.profiles.map((profile) => profile.name);
  let n = state.profiles.length + 1;
  while (taken.some((name) => sameName(name, `${base} ${n}`))) n += 1;
  return `${base} ${n}`;
}

/** Adds a profile at the end; the first one also becomes active. */
export function addProfile(
  state: ProfilesState,
  added: { id: string; name: string; values: FormValues },
  now: string,
): ProfilesState {
  const profile = { ...added, values: compactValues(added.values), createdAt: now, updatedAt: now };
  return { profiles: [...state.profiles, profile], activeId: state.activeId ?? profile.id };
}

/** What is wrong with `name` for profile `id`, if anything. */
export function nameProblem(state: ProfilesState, id: string, name: string): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'name-empty';
  if (trimmed.length > MAX_NAME_LENGTH) return 'name-too-long';
  const clash = state.profiles.some((other) => other.id !== id && sameName(other.name, trimmed));
  return clash ? 'name-taken' : null;
}

/**
 * Saves a profile's name and values; `undefined` when the profile is gone. The name must
 * pass `nameProblem` first.
 */
export function saveProfile(
  state: ProfilesState,
  id: string,
  edited: { name: string; values: FormValues },
  now: string,
): ProfilesState | undefined {
  if (!state.profiles.some((profile) => profile.id === id)) return undefined;
  const profiles = state.profiles.map((profile) =>
    profile.id === id
      ? {
          ...profile,
          name: edited.name.trim(),
          values: compactValues(edited.values),
          updatedAt: now,
        }
      : profile,
  );
  return { ...state, profiles };
}

/** A copy of profile `id`, right after it, named « name (2) ». */
export function duplicateProfile(
  state: ProfilesState,
  id: string,
  copyId: string,
  now: string,
): ProfilesState | undefined {
  const index = state.profiles.findIndex((profile) => profile.id === id);
  const original = state.profiles[index];
  if (!original) return undefined;
  const name = uniqueName(
    original.name,
    state.profiles.map((profile) => profile.name),
  );
  const copy = { ...original, id: copyId, name, createdAt: now, updatedAt: now };
  const profiles = [...state.profiles];
  profiles.splice(index + 1, 0, copy);
  return { ...state, profiles };
}

/**
 * Removes profile `id`. When it was the active one, the profile now in its place (or the
 * one before, at the end of the list) becomes active.
 */
export function removeProfile(
  state: ProfilesState,
  id: string,
): { state: ProfilesState; removed: Removed } | undefined {
  const index = state.profiles.findIndex((profile) => profile.id === id);
  const profile = state.profiles[index];
  if (!profile) return undefined;
  const profiles = state.profiles.filter((other) => other.id !== id);
  const wasActive = state.activeId === id;
  const next = profiles[Math.min(index, profiles.length - 1)];
  const activeId = wasActive ? (next?.id ?? null) : state.activeId;
  return { state: { profiles, activeId }, removed: { profile, index, wasActive } };
}

/** Puts a removed profile back where it was, active again if it was. */
export function restoreProfile(state: ProfilesState, removed: Removed): ProfilesState {
  if (state.profiles.some((profile) => profile.id === removed.profile.id)) return state;
  const profiles = [...state.profiles];
  profiles.splice(Math.min(removed.index, profiles.length), 0, removed.profile);
  const activeId = removed.wasActive || !state.activeId ? removed.profile.id : state.activeId;
  return { profiles, activeId };
}

/** Makes profile `id` the one that fills forms; `undefined` when it is gone. */
export function setActive(state: ProfilesState, id: string): ProfilesState | undefined {
  if (!state.profiles.some((profile) => profile.id === id)) return undefined;
  return { ...state, activeId: id };
}
