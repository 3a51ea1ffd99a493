import { FIELDS, type FieldKey, type FormValues, fieldByKey } from '../annexe1/fields';
import { parseSt } from '../rules/department';
import { formatDn, parseDn } from '../rules/dn';
import { readControl } from './controls';
import type { Annexe1Page } from './detect';

/**
 * A profile's values as a given page can take them: the certificate's DN whole when the
 * page asks for it whole, in parts when it has one blank per part (and the department
 * code apart or inside ST, as the page prints it), every text trimmed.
 */

const DN_PARTS = FIELDS.filter((field) => field.dnAttribute !== undefined).map((field) => ({
  key: field.key as FieldKey,
  type: field.dnAttribute as string,
}));

function text(values: FormValues, key: FieldKey): string {
  const value = values[key];
  return typeof value === 'string' ? value : '';
}

/** ST as one string, « Nom (code) », from the parts whichever way they hold it. */
function wholeSt(values: FormValues): string {
  const st = text(values, 'certificate.st');
  const code = text(values, 'certificate.stCode');
  return parseSt(st).code !== undefined || code === '' ? st : `${st} (${code})`.trim();
}

function composeDn(values: FormValues): string {
  const attributes = DN_PARTS.map(({ key, type }) => ({
    type,
    value: key === 'certificate.st' ? wholeSt(values) : text(values, key),
  })).filter((attribute) => attribute.value !== '');
  return attributes.length === 0 ? '' : formatDn(attributes);
}

function splitDn(dn: string): FormValues {
  const parsed = parseDn(dn);
  if (!parsed.ok) return {};
  const parts: FormValues = {};
  for (const { key, type } of DN_PARTS) {
    const attribute = parsed.dn.attributes.find(
      (candidate) => candidate.type.toUpperCase() === type,
    );
    if (attribute) parts[key] = attribute.value;
  }
  return parts;
}

/** ST and its code as the page prints them: apart when it has a blank for the code. */
function placeSt(values: FormValues, onPage: ReadonlySet<FieldKey>): FormValues {
  const st = wholeSt(values);
  if (st === '') return values;
  if (!onPage.has('certificate.stCode')) return { ...values, 'certificate.st': st };
  const { name, code } = parseSt(st);
  return code === undefined
    ? values
    : { ...values, 'certificate.st': name, 'certificate.stCode': code };
}

function tidy(key: FieldKey, value: string | boolean): string | boolean {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  // A host name's final dot is the DNS root: the form does not want it.
  return fieldByKey(key).kind === 'hostname' ? trimmed.replace(/\.$/, '') : trimmed;
}

/**
 * The values to fill a page holding the fields `onPage` with: the DN composed from its
 * parts or split into them as the page needs, texts trimmed, host names without a final
 * dot.
 *
 * @example valuesForPage({ 'certificate.cn': 'mx.ch.fr', 'certificate.c': 'FR' },
 *   new Set(['certificate.dn'])) // { …, 'certificate.dn': 'CN=mx.ch.fr,C=FR' }
 */
export function valuesForPage(values: FormValues, onPage: ReadonlySet<FieldKey>): FormValues {
  let result: FormValues = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, string | boolean][]) {
    if (value !== undefined) result[key] = tidy(key, value);
  }

  const hasParts = DN_PARTS.some(({ key }) => text(result, key) !== '');
  const wantsParts = DN_PARTS.some(({ key }) => onPage.has(key));
  if (onPage.has('certificate.dn') && text(result, 'certificate.dn') === '' && hasParts) {
    result['certificate.dn'] = composeDn(result);
  }
  if (wantsParts && !hasParts && text(result, 'certificate.dn') !== '') {
    result = { ...result, ...splitDn(text(result, 'certificate.dn')) };
  }
  return wantsParts ? placeSt(result, onPage) : result;
}

/** The values the page's fields hold now, by field key, as the rules read them. */
export function pageValues(page: Annexe1Page): FormValues {
  const values: FormValues = {};
  for (const [key, control] of page.fields) values[key] = readControl(control);
  return values;
}

/**
 * The declaration's own values that the assistant can give: the date of signature,
 * today's, as the form writes dates (`JJ/MM/AAAA`).
 */
export function declarationValues(today: Date): FormValues {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(today.getDate())}/${two(today.getMonth() + 1)}/${today.getFullYear()}`;
  return { 'signature.date': date };
}
