import type { FieldKey, FormValues } from '../annexe1/fields';
import { parseSt, type StValue, stCodeIssues, stIssues } from './department';
import { type Attribute, type DnSyntaxError, formatDn, parseDn } from './dn';
import { excerpt, type Issue, issue } from './finding';
import { HOST_MAX, hostIssues } from './host';
import { finessDepartment, idIssues, parseStructureId } from './identifier';
import { textOf } from './values';

/**
 * The DN of the SSL_SERVEUR certificate, whole (`certificate.dn`) or in parts
 * (`certificate.cn` … `certificate.c`): exactly CN, OU, O, ST and C, in that order,
 * C=FR, a host name for CN, a national identifier for OU, a department for ST.
 */

export const DN_ORDER = ['CN', 'OU', 'O', 'ST', 'C'] as const;
export type DnPart = (typeof DN_ORDER)[number];

const O_MAX = 64;
const COUNTRY = 'FR';
const SYNTAX_MESSAGE = {
  type: 'ruleDnSyntaxType',
  equals: 'ruleDnSyntaxEquals',
  escape: 'ruleDnSyntaxEscape',
  quote: 'ruleDnSyntaxQuote',
  afterQuote: 'ruleDnSyntaxAfterQuote',
} as const satisfies Record<DnSyntaxError, string>;

/**
 * The rules of a whole DN. A fix to one attribute comes back as the whole DN rewritten.
 *
 * @example dnIssues('C=FR,ST=Paris (75),O=X,OU=1750000523,CN=a.fr') // [dn-order (warning)]
 */
export function dnIssues(raw: string): Issue[] {
  if (raw.trim() === '') return [];
  const parsed = parseDn(raw);
  if (!parsed.ok) {
    const values = { position: parsed.position + 1 };
    return [issue('error', 'dn-syntax', SYNTAX_MESSAGE[parsed.error], values)];
  }

  const { attributes, style } = parsed.dn;
  const issues = structureIssues(attributes);
  const complete = DN_ORDER.every((part) => ofType(attributes, part).length === 1);
  if (complete) issues.push(...orderIssues(attributes, style));
  for (const part of DN_ORDER) {
    const attribute = ofType(attributes, part)[0];
    if (attribute !== undefined) issues.push(...attributeIssues(attributes, attribute, part));
  }

  const department = finessIssue(first(attributes, 'OU'), parseSt(first(attributes, 'ST')).code);
  if (department !== undefined) issues.push({ ...department, attribute: 'OU' });
  return issues;
}

/** The rules of one part of the DN, where the form has a blank per attribute. */
export function dnPartIssues(key: FieldKey, raw: string, form: FormValues): Issue[] {
  switch (key) {
    case 'certificate.cn':
      return partIssues('CN', raw);
    case 'certificate.ou': {
      const department = finessIssue(raw, partsSt(form).code);
      return [...partIssues('OU', raw), ...(department === undefined ? [] : [department])];
    }
    case 'certificate.o':
      return partIssues('O', raw);
    case 'certificate.st': {
      const st = parseSt(raw);
      if (st.code !== undefined || st.name === '') return stIssues(st, 'inline');
      return stIssues({ name: st.name, code: partsSt(form).code }, 'separate');
    }
    case 'certificate.stCode':
      return stCodeIssues(raw);
    case 'certificate.c':
      return partIssues('C', raw);
    default:
      return [];
  }
}

/** ST as the parts give it: « Nom (code) » in one blank, or the name and the code apart. */
export function partsSt(form: FormValues): StValue {
  const st = parseSt(textOf(form, 'certificate.st'));
  if (st.code !== undefined) return st;
  const code = textOf(form, 'certificate.stCode').toUpperCase();
  return { name: st.name, code: code === '' ? undefined : code };
}

/** The value of the first attribute of a type, '' when there is none. */
export function first(attributes: readonly Attribute[], part: DnPart): string {
  return ofType(attributes, part)[0]?.value ?? '';
}

/** The rules of one attribute's value, whichever way the form holds it. */
function partIssues(part: DnPart, raw: string): Issue[] {
  if (raw.trim() === '') return [];
  switch (part) {
    case 'CN':
      return hostIssues(raw, { maxLength: HOST_MAX, capitals: 'info' });
    case 'OU':
      return idIssues(raw, false);
    case 'O':
      return raw.length > O_MAX
        ? [issue('error', 'dn-o-too-long', 'ruleDnOTooLong', { length: raw.length })]
        : [];
    case 'ST':
      return stIssues(parseSt(raw), 'inline');
    case 'C':
      return raw.trim() === COUNTRY
        ? []
        : [issue('error', 'dn-country', 'ruleDnCountry', { country: excerpt(raw) }, COUNTRY)];
  }
}

function structureIssues(attributes: readonly Attribute[]): Issue[] {
  const issues: Issue[] = [];
  const locality = attributes.find(({ type }) => type.toUpperCase() === 'L');
  for (const part of DN_ORDER) {
    const count = ofType(attributes, part).length;
    if (count > 1) {
      const values = { attribute: part, count };
      issues.push(issue('error', 'dn-attribute-repeated', 'ruleDnAttributeRepeated', values));
    } else if (count === 0 && part === 'ST' && locality !== undefined) {
      const fix = formatDn(attributes.map((a) => (a === locality ? { ...a, type: 'ST' } : a)));
      issues.push(issue('error', 'dn-attribute-missing', 'ruleDnLInsteadOfSt', {}, fix));
    } else if (count === 0) {
      const values = { attribute: part };
      issues.push(issue('error', 'dn-attribute-missing', 'ruleDnAttributeMissing', values));
    }
  }

  const extras = new Set(
    attributes.map(({ type }) => type.toUpperCase()).filter((type) => !isDnPart(type)),
  );
  if (locality !== undefined && ofType(attributes, 'ST').length === 0) extras.delete('L');
  for (const attribute of extras) {
    const values = { attribute: excerpt(attribute) };
    issues.push(issue('warning', 'dn-attribute-extra', 'ruleDnAttributeExtra', values));
  }
  return issues;
}

/** The form's order, with any extra attribute kept at the end rather than lost. */
function orderIssues(attributes: readonly Attribute[], style: 'rfc4514' | 'openssl'): Issue[] {
  const known = attributes.filter(({ type }) => isDnPart(type));
  const inOrder = known.every(({ type }, index) => type.toUpperCase() === DN_ORDER[index]);
  if (inOrder && style === 'rfc4514') return [];

  const ordered = DN_ORDER.map((part) => ({ type: part, value: first(attributes, part) }));
  const extras = attributes.filter(({ type }) => !isDnPart(type));
  const fix = formatDn([...ordered, ...extras]);
  return style === 'openssl'
    ? [issue('warning', 'dn-openssl', 'ruleDnOpenssl', {}, fix)]
    : [issue('warning', 'dn-order', 'ruleDnOrder', {}, fix)];
}

/** An attribute's issues, told as the attribute's, their fixes applied to the whole DN. */
function attributeIssues(attributes: readonly Attribute[], target: Attribute, part: DnPart) {
  if (target.value.trim() === '') {
    const values = { attribute: part };
    return [issue('error', 'dn-attribute-missing', 'ruleDnAttributeEmpty', values)];
  }
  return partIssues(part, target.value).map((found): Issue => {
    const { fix, ...rest } = found;
    if (fix === undefined) return { ...rest, attribute: part };
    const fixed = attributes.map((a) => (a === target ? { type: a.type, value: fix } : a));
    return { ...rest, attribute: part, fix: formatDn(fixed) };
  });
}

/** A FINESS names its department; ST should name the same one. */
function finessIssue(ou: string, stCode: string | undefined): Issue | undefined {
  const id = parseStructureId(ou);
  if (id?.kind !== 'finess' || stCode === undefined || stCode === '') return undefined;
  const department = finessDepartment(id.body);
  if (department === undefined || department === stCode) return undefined;
  const values = { finess: id.body, finessCode: department, stCode: excerpt(stCode) };
  return issue('warning', 'dn-finess-department', 'ruleDnFinessDepartment', values);
}

function ofType(attributes: readonly Attribute[], part: DnPart): Attribute[] {
  return attributes.filter(({ type }) => type.toUpperCase() === part);
}

function isDnPart(type: string): boolean {
  return (DN_ORDER as readonly string[]).includes(type.toUpperCase());
}
