import { expect } from 'vitest';
import type { FieldKey, FormValues } from '../../../lib/annexe1/fields';
import { checkField, type Finding, type Severity } from '../../../lib/rules/index';

/**
 * Asserts that `findings` hold a finding of `code` for `field`, with that severity and a
 * French message naming the fix (`fragment`); returns it for further checks.
 */
export function expectFinding(
  findings: readonly Finding[],
  field: FieldKey,
  code: string,
  severity: Severity,
  fragment: string,
): Finding {
  const found = findings.find((finding) => finding.code === code && finding.field === field);
  expect(found, `${code} on ${field} in ${JSON.stringify(findings)}`).toBeDefined();
  expect(found?.severity).toBe(severity);
  // French typography: a narrow no-break space before the colon that leads to the fix;
  // fragments are written with plain spaces to stay readable.
  expect(found?.message).toMatch(/\u202f:/);
  expect(found?.message.replaceAll('\u202f', ' ')).toContain(fragment);
  return found as Finding;
}

/** The finding of `code` that checking one value gives (see `expectFinding`). */
export function expectFieldFinding(
  key: FieldKey,
  value: string,
  code: string,
  severity: Severity,
  fragment: string,
  form?: FormValues,
): Finding {
  return expectFinding(checkField(key, value, form), key, code, severity, fragment);
}
