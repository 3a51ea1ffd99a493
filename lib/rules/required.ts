import type { FieldKey, FormValues } from '../annexe1/fields';
import { partsSt } from './certificate';
import { type Finding, issue, toFinding } from './finding';
import { isFilled, isTicked, textOf } from './values';

/**
 * The fields the agency needs. A withdrawal needs only the identity, the contacts, the
 * domain, the date and the signatory: DNS and certificate may be left empty. The DNS
 * choice itself is required through the « exactly one method » rule (`dns.ts`).
 */

const ALWAYS: readonly FieldKey[] = [
  'operator.name',
  'operator.structureId',
  'legalRep.fullName',
  'legalRep.address',
  'legalRep.phone',
  'legalRep.email',
  'projectLead.fullName',
  'projectLead.phone',
  'projectLead.email',
  'publicProject.phone',
  'publicProject.email',
  'publicTech.phone',
  'publicTech.email',
  'domain.name',
  'domain.description',
  'signature.date',
  'signature.fullName',
];

const DN_PARTS: readonly FieldKey[] = [
  'certificate.cn',
  'certificate.ou',
  'certificate.o',
  'certificate.st',
  'certificate.c',
];

/** An error for every required field left empty. */
export function requiredFindings(form: FormValues): Finding[] {
  const missing = ALWAYS.filter((key) => !isFilled(form, key)).map(required);
  return isTicked(form, 'withdrawal.requested') ? missing : [...missing, ...certificate(form)];
}

/** The DN, whole or in parts: once one part is given, the others are due too. */
function certificate(form: FormValues): Finding[] {
  if (isFilled(form, 'certificate.dn')) return [];
  const given = DN_PARTS.filter((key) => isFilled(form, key));
  if (given.length === 0 && !isFilled(form, 'certificate.stCode')) {
    return [toFinding('certificate.dn', issue('error', 'required', 'ruleRequiredDn'))];
  }

  const missing = DN_PARTS.filter((key) => !given.includes(key)).map(required);
  const codeMissing = textOf(form, 'certificate.st') !== '' && partsSt(form).code === undefined;
  return codeMissing ? [...missing, required('certificate.stCode')] : missing;
}

function required(key: FieldKey): Finding {
  return toFinding(key, issue('error', 'required', 'ruleRequired'));
}
