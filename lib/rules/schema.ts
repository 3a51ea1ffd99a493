import * as z from 'zod/mini';
import { FIELD_KEYS, type FieldKey } from '../annexe1/fields';
import type { Finding } from './finding';

/**
 * The shape of a finding, for findings that cross a boundary (a message between the
 * content script and the extension's pages, a log read back) and for the tests.
 *
 * Kept out of `index.ts` on purpose: the checks build their findings themselves and need
 * no validation, and zod would weigh on the content script's 40 KB.
 */

// The extension's CSP forbids eval, and Firefox's linter flags zod's compiled parsers.
z.config({ jitless: true });

const fieldKeys = FIELD_KEYS as readonly [FieldKey, ...FieldKey[]];

export const findingSchema: z.ZodMiniType<Finding> = z.object({
  field: z.enum(fieldKeys),
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/)),
  message: z.string().check(z.minLength(1)),
  suggestion: z.optional(z.string()),
});

/** The findings of a message, or `undefined` when it does not hold findings. */
export function parseFindings(value: unknown): Finding[] | undefined {
  const result = z.array(findingSchema).safeParse(value);
  return result.success ? result.data : undefined;
}
