import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PROFILE_KEYS } from '@/lib/annexe1/fields';
import { loadActiveProfile } from '@/lib/profiles/active';
import { PROFILES_VERSION, profilesFromV1 } from '@/lib/profiles/migrations';
import { profilesStateSchema } from '@/lib/profiles/schema';
import { profilesItem, readProfiles } from '@/lib/profiles/store';
import { CH_XYZ_PROFILE } from '../../fixtures/profile';

beforeEach(() => fakeBrowser.reset());

/** Version 1 (0.1.0) saved one structure's values under `profile`, every field filled. */
const V1_FULL = { ...CH_XYZ_PROFILE, 'dns.mailServer': '' };

/** Stored data as each earlier version left it: the value, and WXT's version mark if any. */
const EARLIER = [
  { version: 1, label: 'every field', value: V1_FULL, meta: { v: 1 } },
  { version: 1, label: 'no version mark', value: { 'legalRep.phone': '0388000000' }, meta: null },
  { version: 1, label: 'no structure name', value: { 'dns.primary': 'ns1.x.fr' }, meta: { v: 1 } },
];

async function storeAs(value: unknown, meta: unknown) {
  await fakeBrowser.storage.local.set(
    meta ? { profile: value, profile$: meta } : { profile: value },
  );
  await profilesItem.migrate();
}

describe('migrating the stored profiles', () => {
  it('covers every field a profile holds in the v1 fixture', () => {
    expect(Object.keys(V1_FULL).sort()).toEqual([...PROFILE_KEYS].sort());
  });

  it.each(EARLIER)('keeps every value of v$version data ($label)', async ({ value, meta }) => {
    await storeAs(value, meta);

    const state = await readProfiles();
    expect(state.profiles).toHaveLength(1);
    expect(state.profiles[0]?.values).toEqual(value);
    expect(state.activeId).toBe(state.profiles[0]?.id);
    expect(profilesStateSchema.safeParse(state).success).toBe(true);
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({
      profile$: { v: PROFILES_VERSION },
    });
  });

  it('names v1’s profile after its structure and makes it fill forms', async () => {
    await storeAs(V1_FULL, { v: 1 });

    expect(await loadActiveProfile()).toEqual({
      name: 'Centre hospitalier de Xyz',
      values: V1_FULL,
    });
  });

  it('names v1’s profile « Profil 1 » when the structure has no name', async () => {
    await storeAs({ 'dns.primary': 'ns1.x.fr', 'operator.name': '  ' }, { v: 1 });

    expect((await readProfiles()).profiles.map((profile) => profile.name)).toEqual(['Profil 1']);
  });

  it('leaves nothing when v1 had saved an empty profile', async () => {
    await storeAs({}, { v: 1 });

    expect(await readProfiles()).toEqual({ profiles: [], activeId: null });
    expect(await loadActiveProfile()).toBeUndefined();
  });

  it('does not touch data already in the current layout', async () => {
    const current = {
      profiles: [
        {
          id: 'a',
          name: 'CH Xyz',
          values: { 'legalRep.phone': '0388000000' },
          createdAt: '2026-01-02T03:04:05.000Z',
          updatedAt: '2026-01-02T03:04:05.000Z',
        },
      ],
      activeId: 'a',
    };
    await storeAs(current, { v: PROFILES_VERSION });

    expect(await readProfiles()).toEqual(current);
  });

  it('gives the same result in every page that runs it, so that they agree', () => {
    const first = profilesFromV1(V1_FULL, '2026-12-03T10:00:00.000Z');
    const second = profilesFromV1(V1_FULL, '2026-12-03T10:00:00.000Z');
    expect(second).toEqual(first);
  });
});
