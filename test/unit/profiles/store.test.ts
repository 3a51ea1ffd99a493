import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { profileItem, profileValues } from '@/lib/profiles/store';

beforeEach(() => fakeBrowser.reset());

describe('the stored profile', () => {
  it('is empty before anything is saved', async () => {
    expect(await profileItem.getValue()).toEqual({});
  });

  it('keeps what was saved, in the local area', async () => {
    await profileItem.setValue({ 'operator.name': 'CH de Xyz', 'dns.delegation': true });
    expect(await profileItem.getValue()).toEqual({
      'operator.name': 'CH de Xyz',
      'dns.delegation': true,
    });
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({
      profile: { 'operator.name': 'CH de Xyz', 'dns.delegation': true },
    });
  });
});

describe('profileValues', () => {
  it('drops keys a profile does not hold, unknown keys and values of the wrong type', () => {
    expect(
      profileValues({
        'operator.name': 'CH de Xyz',
        'domain.name': 'ch-xyz.mssante.fr',
        'not.a.key': 'x',
        'legalRep.phone': 42,
        'dns.delegation': true,
      }),
    ).toEqual({ 'operator.name': 'CH de Xyz', 'dns.delegation': true });
  });
});
