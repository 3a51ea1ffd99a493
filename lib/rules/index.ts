import {
  FIELD_KEYS,
  type FieldKey,
  type FieldKind,
  type FormValues,
  fieldByKey,
  isFieldKey,
} from '../annexe1/fields';
import { dnIssues, dnPartIssues } from './certificate';
import { crossFindings } from './cross';
import { dateIssues } from './date';
import { dnsFindings, unusedServerFields } from './dns';
import { domainIssues } from './domain';
import { emailIssues } from './email';
import { type Finding, type Issue, issue, toFinding } from './finding';
import { DNS_FIELD_MAX, hostIssues } from './host';
import { idIssues } from './identifier';
import { phoneIssues } from './phone';
import { requiredFindings } from './required';
import { contractIssues, descriptionIssues } from './text';

/**
 * The rules of the Annexe 1 (see RULES.md). Both checks are synchronous and never throw,
 * whatever they are given. Await `loadRuleData()` first: until it resolves, phone numbers
 * get only a shape check, department names and codes are not looked up, and free webmail
 * addresses are not flagged (see `docs/rules.md`).
 */

export { isRuleDataLoaded, loadRuleData } from './data';
export { setWhitelist } from './domain';
export type { Finding, Severity } from './finding';

const PUBLISHED_EMAILS: readonly FieldKey[] = ['publicProject.email', 'publicTech.email'];

/**
 * The findings of one field. `form`, when given, brings the other fields for the rules
 * that look at them (the department code beside ST, the withdrawal box for the domain).
 *
 * @example checkField('dns.primary', 'ns1_ch.fr') // [{ code: 'host-invalid-char', … }]
 */
export function checkField(key: FieldKey, value: unknown, form?: FormValues): Finding[] {
  if (!isFieldKey(key)) return [];
  const { kind } = fieldByKey(key);
  if (value === undefined || value === null) return [];
  const expected = kind === 'checkbox' ? 'boolean' : 'string';
  if (typeof value !== expected) {
    return [toFinding(key, issue('error', 'value-type', 'ruleValueType'))];
  }
  if (typeof value !== 'string') return [];

  return issuesOf(key, kind, value, isRecord(form) ? form : {}).map((found) =>
    toFinding(key, found),
  );
}

/**
 * Every rule over a whole form: each field's rules, the required fields and the rules
 * across fields. The servers of the DNS method not chosen are not checked, only named.
 *
 * @example checkForm({ 'dns.delegation': true }) // required fields, dns-server-missing…
 */
export function checkForm(form: FormValues): Finding[] {
  const values: FormValues = isRecord(form) ? form : {};
  const ignored = new Set(unusedServerFields(values));
  return [
    ...FIELD_KEYS.filter((key) => !ignored.has(key)).flatMap((key) =>
      checkField(key, values[key], values),
    ),
    ...requiredFindings(values),
    ...dnsFindings(values),
    ...crossFindings(values),
  ];
}

function issuesOf(key: FieldKey, kind: FieldKind, value: string, form: FormValues): Issue[] {
  switch (kind) {
    case 'phone':
      return phoneIssues(value);
    case 'email':
      return emailIssues(value, PUBLISHED_EMAILS.includes(key));
    case 'hostname':
      return key === 'domain.name'
        ? domainIssues(value, form)
        : hostIssues(value, { maxLength: DNS_FIELD_MAX, capitals: 'info' });
    case 'dn':
      return dnIssues(value);
    case 'dnPart':
      return dnPartIssues(key, value, form);
    case 'identifier':
      return idIssues(value, true);
    case 'date':
      return dateIssues(value);
    case 'text':
      if (key === 'contract.number') return contractIssues(value);
      return key === 'domain.description' ? descriptionIssues(value) : [];
    case 'checkbox':
      return [];
  }
}

function isRecord(value: unknown): value is FormValues {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
