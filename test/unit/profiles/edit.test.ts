import { describe, expect, it } from 'vitest';
import {
  addProfile,
  duplicateProfile,
  nameProblem,
  newProfileName,
  removeProfile,
  restoreProfile,
  saveProfile,
  setActive,
} from '@/lib/profiles/edit';
import { EMPTY_STATE, type Profile, type ProfilesState, uniqueName } from '@/lib/profiles/profile';

const THEN = '2026-01-01T00:00:00.000Z';
const NOW = '2026-12-03T10:00:00.000Z';

const profile = (id: string, name: string, values: Profile['values'] = {}): Profile => ({
  id,
  name,
  values,
  createdAt: THEN,
  updatedAt: THEN,
});

/** Three structures; the second fills forms. */
const THREE: ProfilesState = {
  profiles: [
    profile('a', 'CH Xyz', { 'legalRep.phone': '0388000000' }),
    profile('b', 'Clinique Abc'),
    profile('c', 'GHT Nord'),
  ],
  activeId: 'b',
};

const names = (state: ProfilesState | undefined) => state?.profiles.map((p) => p.name);

describe('creating a profile', () => {
  it('names it after the first free number', () => {
    const state = { ...THREE, profiles: [...THREE.profiles, profile('d', 'Profil 5')] };
    expect(newProfileName(EMPTY_STATE, 'Profil')).toBe('Profil 1');
    expect(newProfileName(state, 'Profil')).toBe('Profil 6');
  });

  it('makes the first profile the one that fills forms, and no later one', () => {
    const first = addProfile(EMPTY_STATE, { id: 'a', name: 'A', values: {} }, NOW);
    const second = addProfile(first, { id: 'b', name: 'B', values: {} }, NOW);
    expect(first.activeId).toBe('a');
    expect(second.activeId).toBe('a');
    expect(second.profiles[1]).toEqual({ ...profile('b', 'B'), createdAt: NOW, updatedAt: NOW });
  });
});

describe('saving a profile', () => {
  it('keeps the name trimmed and drops fields emptied by the user', () => {
    const edited = {
      name: '  CH Xyz Sud ',
      values: { 'legalRep.phone': '', 'legalRep.email': 'a@b.fr' },
    };
    const saved = saveProfile(THREE, 'a', edited, NOW);
    expect(saved?.profiles[0]).toEqual({
      ...profile('a', 'CH Xyz Sud', { 'legalRep.email': 'a@b.fr' }),
      updatedAt: NOW,
    });
  });

  it.each([
    ['', 'name-empty'],
    ['   ', 'name-empty'],
    ['x'.repeat(101), 'name-too-long'],
    ['clinique abc', 'name-taken'],
    [' CLINIQUE ABC ', 'name-taken'],
    ['CH Xyz', null],
    ['Clinique Abc 2', null],
  ])('refuses the name « %s » for another profile: %s', (name, problem) => {
    expect(nameProblem(THREE, 'a', name)).toBe(problem);
  });

  it('does nothing to a profile deleted meanwhile', () => {
    expect(saveProfile(THREE, 'gone', { name: 'X', values: {} }, NOW)).toBeUndefined();
  });
});

describe('duplicating a profile', () => {
  it('puts a copy named « name (2) » right after it, with the same values', () => {
    const state = duplicateProfile(THREE, 'a', 'a2', NOW);
    expect(names(state)).toEqual(['CH Xyz', 'CH Xyz (2)', 'Clinique Abc', 'GHT Nord']);
    expect(state?.profiles[1]?.values).toEqual({ 'legalRep.phone': '0388000000' });
    expect(state?.activeId).toBe('b');
  });

  it('numbers a copy of a copy after the last one', () => {
    expect(uniqueName('CH Xyz (2)', ['CH Xyz', 'CH Xyz (2)'])).toBe('CH Xyz (3)');
  });
});

describe('deleting a profile', () => {
  it('hands « fills forms » to the profile now in its place', () => {
    const result = removeProfile(THREE, 'b');
    expect(names(result?.state)).toEqual(['CH Xyz', 'GHT Nord']);
    expect(result?.state.activeId).toBe('c');
  });

  it('hands it to the one before when the last profile goes', () => {
    const last = { ...THREE, activeId: 'c' };
    expect(removeProfile(last, 'c')?.state.activeId).toBe('b');
  });

  it('leaves no active profile when none is left', () => {
    const one = { profiles: [profile('a', 'A')], activeId: 'a' };
    expect(removeProfile(one, 'a')?.state).toEqual(EMPTY_STATE);
  });

  it('can be undone: the profile comes back in its place, active again', () => {
    const result = removeProfile(THREE, 'b');
    if (!result) throw new Error('not removed');
    expect(restoreProfile(result.state, result.removed)).toEqual(THREE);
  });

  it('undone twice restores the profile once', () => {
    const result = removeProfile(THREE, 'c');
    if (!result) throw new Error('not removed');
    const back = restoreProfile(result.state, result.removed);
    expect(restoreProfile(back, result.removed)).toEqual(THREE);
  });
});

describe('choosing the profile that fills forms', () => {
  it('switches to an existing profile only', () => {
    expect(setActive(THREE, 'c')?.activeId).toBe('c');
    expect(setActive(THREE, 'gone')).toBeUndefined();
  });
});
