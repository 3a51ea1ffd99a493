import * as z from 'zod/mini';
import { type FieldKey, type FormValues, fieldByKey, PROFILE_KEYS } from '../annexe1/fields';
import { MAX_NAME_LENGTH, sameName } from './profile';

/**
 * The shapes of a profile, checked with zod: what the options page stores, and the profile
 * file of DESIGN.md, which comes from outside and is checked whole before anything is kept.
 * The popup and the content script do not load this module (see `profile.ts`).
 *
 * `zod/mini`, not `zod`: classic zod's objects carry a compiler built on `new Function`,
 * which the extension pages' CSP forbids and Firefox's add-on linter rejects even unused.
 */

z.config({ jitless: true });

export const PROFILE_FILE_FORMAT = 'mssante-annexe1-profiles';
export const PROFILE_FILE_VERSION = 1;

const valueShape = Object.fromEntries(
  PROFILE_KEYS.map((key: FieldKey) => [
    key,
    z.optional(fieldByKey(key).kind === 'checkbox' ? z.boolean() : z.string()),
  ]),
);

/** A profile's values: profile fields only, text or (check boxes) booleans. */
export const profileValuesSchema = z.pipe(
  z.strictObject(valueShape),
  z.transform((values) => values as FormValues),
);

const nameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH));

/** A stored profile. */
export const profileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: nameSchema,
  values: profileValuesSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** Every stored profile and the active one's id, which must be one of them. */
export const profilesStateSchema = z
  .object({ profiles: z.array(profileSchema), activeId: z.nullable(z.string()) })
  .check(
    z.refine(
      ({ profiles, activeId }) =>
        profiles.length === 0
          ? activeId === null
          : profiles.some((profile) => profile.id === activeId),
      { path: ['activeId'] },
    ),
  );

/** One profile of a profile file: a name and values; dates and ids are not carried. */
export const fileProfileSchema = z.object({ name: nameSchema, values: profileValuesSchema });

/** The reason given to a profile whose name another profile of the same file has. */
export const DUPLICATE_NAME = 'duplicate-name';

/** A profile file, version 1. */
export const profileFileSchema = z.object({
  format: z.literal(PROFILE_FILE_FORMAT),
  version: z.literal(PROFILE_FILE_VERSION),
  profiles: z.array(fileProfileSchema).check(
    z.minLength(1),
    z.superRefine((profiles, context) => {
      profiles.forEach((profile, index) => {
        if (!profiles.slice(0, index).some((other) => sameName(other.name, profile.name))) return;
        context.addIssue({
          code: 'custom',
          path: [index, 'name'],
          params: { reason: DUPLICATE_NAME },
          message: DUPLICATE_NAME,
        });
      });
    }),
  ),
});

export type FileProfile = z.infer<typeof fileProfileSchema>;
