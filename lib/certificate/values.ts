import type { FieldKey, FormValues } from '../annexe1/fields';
import { first } from '../rules/certificate';
import { parseSt } from '../rules/department';
import { parseDn } from '../rules/dn';

const PARTS = [
  ['certificate.cn', 'CN'],
  ['certificate.ou', 'OU'],
  ['certificate.o', 'O'],
  ['certificate.st', 'ST'],
  ['certificate.c', 'C'],
] as const;

/**
 * The form values « Utiliser ce DN » sets: the DN whole and in parts, so that the DN and
 * its parts never disagree. Given the fields a form has (`keys`), only those, with the
 * department code apart from ST where the form has a blank for it.
 *
 * @example dnValues('CN=a.fr,OU=1,O=X,ST=Paris (75),C=FR')['certificate.st'] // 'Paris (75)'
 */
export function dnValues(dn: string, keys?: ReadonlySet<FieldKey>): FormValues {
  const parsed = parseDn(dn);
  const values: FormValues = { 'certificate.dn': dn };
  if (parsed.ok) {
    for (const [key, part] of PARTS) values[key] = first(parsed.dn.attributes, part);
    values['certificate.stCode'] = '';
    const st = parseSt(String(values['certificate.st']));
    if (keys?.has('certificate.stCode') && st.code !== undefined) {
      values['certificate.st'] = st.name;
      values['certificate.stCode'] = st.code;
    }
  }
  if (keys === undefined) return values;
  return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key as FieldKey)));
}
