import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addProfile } from '@/lib/profiles/edit';
import { MAX_PROFILE_FILE_BYTES } from '@/lib/profiles/file';
import { type ClashChoice, mergeImport, planImport } from '@/lib/profiles/import';
import type { ProfilesState } from '@/lib/profiles/profile';
import { readProfiles, updateProfiles } from '@/lib/profiles/store';

beforeEach(() => fakeBrowser.reset());

const NOW = '2026-12-03T10:00:00.000Z';

/** Two stored structures; the first fills forms. */
const STORED: ProfilesState = {
  profiles: [
    { id: 'a', name: 'CH Xyz', values: { 'legalRep.phone': '01' }, createdAt: NOW, updatedAt: NOW },
    { id: 'b', name: 'Clinique Abc', values: {}, createdAt: NOW, updatedAt: NOW },
  ],
  activeId: 'a',
};

/** A file bringing a new version of « CH Xyz » and a new « GHT Nord ». */
const INCOMING = [
  { name: 'ch xyz', values: { 'legalRep.phone': '02' } },
  { name: 'GHT Nord', values: { 'dns.delegation': true } },
];

const fileOf = (text: string) => ({ size: new Blob([text]).size, text: async () => text });

const merge = (choice?: ClashChoice) => {
  let n = 0;
  const choices = new Map(choice ? [[0, choice]] : []);
  return mergeImport(STORED, INCOMING, choices, { now: NOW, newId: () => `new-${++n}` });
};

describe('importing profiles', () => {
  it('asks about the names already taken, saying what « keep both » would name it', async () => {
    const text = JSON.stringify({
      format: 'mssante-annexe1-profiles',
      version: 1,
      profiles: INCOMING,
    });
    const plan = await planImport(fileOf(text), STORED);
    expect(plan).toEqual({
      ok: true,
      incoming: INCOMING,
      clashes: [{ index: 0, name: 'ch xyz', renamed: 'ch xyz (2)' }],
    });
  });

  it('replaces the stored profile in place, keeping its id and its « fills forms »', () => {
    const { state, summary } = merge('replace');
    expect(state.profiles.map((p) => [p.id, p.name, p.values])).toEqual([
      ['a', 'ch xyz', { 'legalRep.phone': '02' }],
      ['b', 'Clinique Abc', {}],
      ['new-1', 'GHT Nord', { 'dns.delegation': true }],
    ]);
    expect(state.activeId).toBe('a');
    expect(summary).toEqual({ added: 1, replaced: 1, skipped: 0 });
  });

  it('keeps both, the imported one renamed « (2) »', () => {
    const { state, summary } = merge('keep-both');
    expect(state.profiles.map((p) => p.name)).toEqual([
      'CH Xyz',
      'Clinique Abc',
      'ch xyz (2)',
      'GHT Nord',
    ]);
    expect(state.profiles[0]?.values).toEqual({ 'legalRep.phone': '01' });
    expect(summary).toEqual({ added: 2, replaced: 0, skipped: 0 });
  });

  it('skips a clashing profile, leaving the stored one as it was', () => {
    const { state, summary } = merge('skip');
    expect(state.profiles.slice(0, 2)).toEqual(STORED.profiles);
    expect(state.profiles.map((p) => p.name)).toEqual(['CH Xyz', 'Clinique Abc', 'GHT Nord']);
    expect(summary).toEqual({ added: 1, replaced: 0, skipped: 1 });
  });

  it('keeps both when no choice was made, so that nothing is lost', () => {
    expect(merge().state.profiles.map((p) => p.name)).toContain('ch xyz (2)');
  });

  it('makes the first imported profile active when there was none', () => {
    const empty = { profiles: [], activeId: null };
    const { state } = mergeImport(empty, INCOMING, new Map(), {
      now: NOW,
      newId: () => 'first',
    });
    expect(state.activeId).toBe(state.profiles[0]?.id);
  });
});

describe('a refused file', () => {
  const BROKEN = {
    truncated: '{"format":"mssante-annexe1-profiles","version":1,"profiles":[{"name":"A","val',
    foreign: '{"format":"vcard","version":1,"profiles":[]}',
    unknownKey:
      '{"format":"mssante-annexe1-profiles","version":1,' +
      '"profiles":[{"name":"A","values":{"x":"1"}}]}',
  };

  it.each(Object.entries(BROKEN))(
    '(%s) leaves the stored profiles exactly as they were',
    async (_, text) => {
      await updateProfiles((state) =>
        addProfile(state, { id: 'a', name: 'CH Xyz', values: {} }, NOW),
      );
      const before = await fakeBrowser.storage.local.get(null);

      const plan = await planImport(fileOf(text), await readProfiles());
      expect(plan.ok).toBe(false);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    },
  );

  it('over 1 MB is refused without being read', async () => {
    const file = {
      size: MAX_PROFILE_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('the file was read')),
    };
    const plan = await planImport(file, STORED);
    expect(plan).toEqual({ ok: false, reason: expect.stringContaining('1 Mo au plus') });
  });

  it('that cannot be read is refused, saying so', async () => {
    const file = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await planImport(file, STORED)).toEqual({
      ok: false,
      reason: 'le fichier n’a pas pu être lu. Choisissez-le de nouveau.',
    });
  });
});
