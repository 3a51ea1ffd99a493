import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldByKey, PROFILE_KEYS } from '@/lib/annexe1/fields';
import { normalizeState, profileValues, sameValues } from '@/lib/profiles/profile';
import { profilesStateSchema } from '@/lib/profiles/schema';

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Any well-formed stored state, as the zod schema defines it. */
const validState = fc
  .uniqueArray(
    fc.record({
      id: fc.uuid(),
      name: fc
        .string({ minLength: 1, maxLength: 100 })
        .filter((name) => name.trim() === name && name !== ''),
      values: fc.record(
        Object.fromEntries(
          PROFILE_KEYS.map((key) => [
            key,
            fieldByKey(key).kind === 'checkbox' ? fc.boolean() : fc.string({ maxLength: 30 }),
          ]),
        ),
        { requiredKeys: [] },
      ),
      createdAt: isoDate,
      updatedAt: isoDate,
    }),
    { selector: (profile) => profile.id, maxLength: 5 },
  )
  .chain((profiles) =>
    fc.record({
      profiles: fc.constant(profiles),
      activeId:
        profiles.length === 0 ? fc.constant(null) : fc.constantFrom(...profiles.map((p) => p.id)),
    }),
  );

describe('reading stored profiles back', () => {
  it('gives back every well-formed state unchanged', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(profilesStateSchema.safeParse(state).success).toBe(true);
        expect(normalizeState(state)).toEqual(state);
      }),
    );
  });

  it('always leaves one profile active when there are profiles, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const state = normalizeState(raw);
        expect(state.activeId === null).toBe(state.profiles.length === 0);
      }),
    );
  });
});

describe('profile values', () => {
  it('drop keys a profile does not hold, unknown keys and values of the wrong type', () => {
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

  it('count an emptied field as no value when telling whether edits are saved', () => {
    expect(sameValues({ 'legalRep.phone': '' }, {})).toBe(true);
    expect(sameValues({ 'legalRep.phone': ' ' }, {})).toBe(false);
    expect(sameValues({ 'dns.delegation': false }, {})).toBe(false);
  });
});
