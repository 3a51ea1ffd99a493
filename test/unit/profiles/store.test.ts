import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadActiveProfile } from '@/lib/profiles/active';
import { clearDraft, pruneDrafts, readDraft, writeDraft } from '@/lib/profiles/drafts';
import { addProfile, setActive } from '@/lib/profiles/edit';
import { readProfiles, updateProfiles, watchProfiles } from '@/lib/profiles/store';

beforeEach(() => fakeBrowser.reset());

const NOW = '2026-12-03T10:00:00.000Z';

const addXyz = () =>
  updateProfiles((state) =>
    addProfile(state, { id: 'xyz', name: 'CH Xyz', values: { 'legalRep.phone': '0388' } }, NOW),
  );

describe('the stored profiles', () => {
  it('are none before anything is saved, and no profile fills forms', async () => {
    expect(await readProfiles()).toEqual({ profiles: [], activeId: null });
    expect(await loadActiveProfile()).toBeUndefined();
  });

  it('are kept in the local area only, never in sync', async () => {
    await addXyz();

    const { profile } = await fakeBrowser.storage.local.get('profile');
    expect(profile).toMatchObject({ activeId: 'xyz', profiles: [{ name: 'CH Xyz' }] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('give the active profile’s name and values to the pages that fill forms', async () => {
    await addXyz();
    await updateProfiles((state) =>
      addProfile(
        state,
        { id: 'abc', name: 'Clinique Abc', values: { 'dns.delegation': true } },
        NOW,
      ),
    );
    expect(await loadActiveProfile()).toEqual({
      name: 'CH Xyz',
      values: { 'legalRep.phone': '0388' },
    });

    await updateProfiles((state) => setActive(state, 'abc'));
    expect(await loadActiveProfile()).toEqual({
      name: 'Clinique Abc',
      values: { 'dns.delegation': true },
    });
  });

  it('apply changes one after another, each on the state the last one left', async () => {
    await Promise.all([
      updateProfiles((state) => addProfile(state, { id: 'a', name: 'A', values: {} }, NOW)),
      updateProfiles((state) => addProfile(state, { id: 'b', name: 'B', values: {} }, NOW)),
    ]);
    expect((await readProfiles()).profiles.map((profile) => profile.name)).toEqual(['A', 'B']);
  });

  it('are left as they are when a change gives nothing', async () => {
    await addXyz();
    const before = await fakeBrowser.storage.local.get(null);

    await updateProfiles(() => undefined);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('read back damaged data as the closest valid state instead of failing', async () => {
    await fakeBrowser.storage.local.set({
      profile: {
        profiles: [
          { id: 'a', name: 'A', values: { 'legalRep.phone': 33, 'domain.name': 'x.fr' } },
          'not a profile',
          { name: 'no id' },
        ],
        activeId: 'gone',
      },
      profile$: { v: 2 },
    });

    expect(await readProfiles()).toEqual({
      profiles: [{ id: 'a', name: 'A', values: {}, createdAt: '', updatedAt: '' }],
      activeId: 'a',
    });
  });

  it('tell a watching page when another page changes them', async () => {
    const seen: string[][] = [];
    const stop = watchProfiles((state) => seen.push(state.profiles.map((p) => p.name)));

    await addXyz();
    stop();
    expect(seen).toEqual([['CH Xyz']]);
  });
});

describe('drafts of unsaved edits', () => {
  const draft = { name: 'CH Xyz', values: { 'legalRep.phone': '03 88' }, savedAt: NOW };

  it('are kept per profile, apart from the saved profile', async () => {
    await addXyz();
    await writeDraft('xyz', draft);

    expect(await readDraft('xyz')).toEqual(draft);
    expect(await loadActiveProfile()).toEqual({
      name: 'CH Xyz',
      values: { 'legalRep.phone': '0388' },
    });
  });

  it('are forgotten once saved or abandoned', async () => {
    await writeDraft('xyz', draft);
    await clearDraft('xyz');

    expect(await readDraft('xyz')).toBeUndefined();
  });

  it('of deleted profiles are dropped', async () => {
    await writeDraft('xyz', draft);
    await writeDraft('gone', draft);
    await pruneDrafts(['xyz']);

    expect(await readDraft('xyz')).toEqual(draft);
    expect(await readDraft('gone')).toBeUndefined();
  });
});
