import type { FieldKey } from '../annexe1/fields';
import { type MessageKey, type Substitutions, t } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';

/** What the user is told about one field. */
export interface Finding {
  field: FieldKey;
  severity: Severity;
  /** Stable, kebab-case: for tests, logs and the UI's choice of icon. */
  code: string;
  /** In the current UI language. */
  message: string;
  /** The corrected value of `field`, for a one-click fix. */
  suggestion?: string;
}

/**
 * A rule's verdict on one value, before it is tied to a field and put into words: the
 * same host-name verdict serves `dns.primary` and, through the DN, `certificate.dn`.
 */
export interface Issue {
  readonly severity: Severity;
  readonly code: string;
  readonly message: MessageKey;
  readonly values?: Substitutions;
  /** The corrected value, when one can be computed. */
  readonly fix?: string;
  /** The DN attribute at fault, when the value checked is a whole DN. */
  readonly attribute?: string;
}

/** An issue; `fix` is left out when there is none, so findings carry no empty key. */
export function issue(
  severity: Severity,
  code: string,
  message: MessageKey,
  values: Substitutions = {},
  fix?: string,
): Issue {
  return fix === undefined
    ? { severity, code, message, values }
    : { severity, code, message, values, fix };
}

/** The finding a user sees for an issue of `field`, in the current language. */
export function toFinding(field: FieldKey, found: Issue): Finding {
  const text = t(found.message, found.values);
  const message =
    found.attribute === undefined
      ? text
      : t('ruleInAttribute', { attribute: found.attribute, message: text });
  const finding: Finding = { field, severity: found.severity, code: found.code, message };
  if (found.fix !== undefined) finding.suggestion = found.fix;
  return finding;
}

/** A user's text quoted in a message, cut short: a pasted megabyte must not become one. */
export function excerpt(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
