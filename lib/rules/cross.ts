import type { FieldKey, FormValues } from '../annexe1/fields';
import { DN_ORDER, type DnPart, first, partsSt } from './certificate';
import { parseDn } from './dn';
import { type Finding, issue, toFinding } from './finding';
import { normalizeHost } from './host';
import { parseStructureId } from './identifier';
import { isFilled, textOf } from './values';

/**
 * Rules that compare fields: a contact block started is completed, the certificate's OU is
 * the operator's identifier unless a connector editor hosts the server, and a DN given
 * both whole and in parts says the same thing twice.
 */

const TECH_LEAD: readonly FieldKey[] = ['techLead.fullName', 'techLead.phone', 'techLead.email'];

type DnValues = Readonly<Record<DnPart, string>>;

/** The cross-field findings of `checkForm`, DNS and required fields apart. */
export function crossFindings(form: FormValues): Finding[] {
  const whole = wholeDn(form);
  const parts = partsDn(form);
  return [
    ...contactFindings(form),
    ...ouFindings(form, whole ?? parts),
    ...agreement(whole, parts),
  ];
}

function contactFindings(form: FormValues): Finding[] {
  const given = TECH_LEAD.filter((key) => isFilled(form, key));
  if (given.length === 0) return [];
  return TECH_LEAD.filter((key) => !given.includes(key)).map((key) =>
    toFinding(key, issue('error', 'contact-incomplete', 'ruleContactIncomplete')),
  );
}

/** A connector editor may host the server under its own identifier; otherwise they match. */
function ouFindings(form: FormValues, dn: DnValues | undefined): Finding[] {
  if (dn === undefined || isFilled(form, 'connectorEditor.name')) return [];
  const ou = parseStructureId(dn.OU);
  const id = parseStructureId(textOf(form, 'operator.structureId'));
  if (ou === undefined || id === undefined || ou.prefixed === id.prefixed) return [];

  const field = isFilled(form, 'certificate.dn') ? 'certificate.dn' : 'certificate.ou';
  const values = { ou: ou.prefixed, id: id.prefixed };
  return [toFinding(field, issue('warning', 'ou-differs', 'ruleOuDiffers', values))];
}

function agreement(whole: DnValues | undefined, parts: DnValues | undefined): Finding[] {
  if (whole === undefined || parts === undefined) return [];
  const differing = DN_ORDER.filter((part) => {
    if (parts[part] === '') return false;
    return comparable(part, whole[part]) !== comparable(part, parts[part]);
  });
  if (differing.length === 0) return [];
  const values = { attributes: differing.join(', ') };
  return [
    toFinding('certificate.dn', issue('warning', 'dn-parts-differ', 'ruleDnPartsDiffer', values)),
  ];
}

/** An attribute's value as it matters: case-free host, compact identifier, spaced ST. */
function comparable(part: DnPart, value: string): string {
  if (part === 'CN') return normalizeHost(value);
  if (part === 'OU') return parseStructureId(value)?.prefixed ?? value.trim();
  if (part === 'ST') return stText(value);
  return value.trim().replace(/\s+/g, ' ').toUpperCase();
}

function stText(value: string): string {
  const text = value.trim().replace(/\s+/g, ' ').toUpperCase();
  return text.replace(/\s*\(\s*/, ' (').replace(/\s*\)$/, ')');
}

function wholeDn(form: FormValues): DnValues | undefined {
  const parsed = parseDn(textOf(form, 'certificate.dn'));
  if (!parsed.ok || textOf(form, 'certificate.dn') === '') return undefined;
  const { attributes } = parsed.dn;
  return {
    CN: first(attributes, 'CN'),
    OU: first(attributes, 'OU'),
    O: first(attributes, 'O'),
    ST: first(attributes, 'ST'),
    C: first(attributes, 'C'),
  };
}

function partsDn(form: FormValues): DnValues | undefined {
  const keys = [
    'certificate.cn',
    'certificate.ou',
    'certificate.o',
    'certificate.st',
    'certificate.c',
  ] as const;
  if (!keys.some((key) => isFilled(form, key))) return undefined;
  const st = partsSt(form);
  return {
    CN: textOf(form, 'certificate.cn'),
    OU: textOf(form, 'certificate.ou'),
    O: textOf(form, 'certificate.o'),
    ST: st.code === undefined ? st.name : `${st.name} (${st.code})`,
    C: textOf(form, 'certificate.c'),
  };
}
