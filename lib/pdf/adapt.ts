import type { FieldKey, FormValues } from '../annexe1/fields';
import { parseSt } from '../rules/department';
import { formatDn, parseDn } from '../rules/dn';

/**
 * The certificate's DN as the PDF wants it. A profile keeps it whole (`certificate.dn`);
 * the official form prints one blank per attribute (and the department code apart), other
 * renditions one blank for the whole: values are split or joined to fit, never over a
 * value already given.
 */

const PARTS = {
  CN: 'certificate.cn',
  OU: 'certificate.ou',
  O: 'certificate.o',
  ST: 'certificate.st',
  C: 'certificate.c',
} as const satisfies Record<string, FieldKey>;

const text = (values: FormValues, key: FieldKey) => {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
};

function split(values: FormValues, withCode: boolean): FormValues {
  const parsed = parseDn(text(values, 'certificate.dn'));
  if (!parsed.ok) return {};
  const parts: FormValues = {};
  for (const [type, key] of Object.entries(PARTS)) {
    const attribute = parsed.dn.attributes.find((a) => a.type.toUpperCase() === type);
    if (attribute) parts[key] = attribute.value;
  }
  const st = parseSt(String(parts['certificate.st'] ?? ''));
  if (withCode && st.code !== undefined) {
    parts['certificate.st'] = st.name;
    parts['certificate.stCode'] = st.code;
  }
  return parts;
}

function join(values: FormValues): string {
  const code = text(values, 'certificate.stCode');
  const st = text(values, 'certificate.st');
  const attributes = Object.entries(PARTS).map(([type, key]) => ({
    type,
    value: key === 'certificate.st' && code ? `${st} (${code})` : text(values, key),
  }));
  return formatDn(attributes);
}

/**
 * `values` with the DN split into parts (or joined into one) when the PDF's blanks are
 * the other way round and the target blanks are still empty.
 *
 * @example valuesForBlanks({ 'certificate.dn': 'CN=a.fr,OU=1,O=X,ST=Ain (01),C=FR' }, keys)
 * // adds certificate.cn 'a.fr' … certificate.st 'Ain', certificate.stCode '01'
 */
export function valuesForBlanks(values: FormValues, keys: ReadonlySet<FieldKey>): FormValues {
  const parts = Object.values(PARTS);
  const partsGiven = parts.some((key) => text(values, key) !== '');
  const wantsParts = parts.some((key) => keys.has(key)) && !keys.has('certificate.dn');
  if (wantsParts && !partsGiven && text(values, 'certificate.dn') !== '') {
    return { ...values, ...split(values, keys.has('certificate.stCode')) };
  }
  const wantsWhole = keys.has('certificate.dn') && !parts.some((key) => keys.has(key));
  if (wantsWhole && partsGiven && text(values, 'certificate.dn') === '') {
    return { ...values, 'certificate.dn': join(values) };
  }
  return values;
}
