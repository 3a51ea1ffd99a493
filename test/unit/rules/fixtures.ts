import type { FormValues } from '../../../lib/annexe1/fields';

/** A declaration the agency would accept as it stands (the DN is a listed one). */
export const VALID_FORM: FormValues = {
  'operator.name': 'GH Paris Site Saint Joseph',
  'operator.structureId': '1750000523',
  'legalRep.fullName': 'Durand Marie',
  'legalRep.address': '185 rue Raymond Losserand\n75014 Paris',
  'legalRep.phone': '01 44 12 33 33',
  'legalRep.email': 'direction@ghpsj.fr',
  'projectLead.fullName': 'Martin Paul',
  'projectLead.phone': '06 12 34 56 78',
  'projectLead.email': 'projet.mssante@ghpsj.fr',
  'publicProject.phone': '01 44 12 34 00',
  'publicProject.email': 'mssante.projet@ghpsj.fr',
  'publicTech.phone': '01 44 12 34 01',
  'publicTech.email': 'mssante.technique@ghpsj.fr',
  'domain.name': 'ghpsj.mssante.fr',
  'domain.description': 'Groupe hospitalier Paris Saint-Joseph',
  'certificate.dn':
    'CN=cpsure.ghpsj.fr,OU=1750000523,O=GH PARIS SITE SAINT JOSEPH,ST=Paris (75),C=FR',
  'dns.delegation': true,
  'dns.primary': 'ns1.ghpsj.fr',
  'dns.secondary': 'ns2.ghpsj.fr',
  'dns.redirection': false,
  'withdrawal.requested': false,
  'signature.date': '14/03/2025',
  'signature.fullName': 'Durand Marie',
};

/** The valid form with some fields changed; `undefined` empties a field. */
export function formWith(changes: FormValues): FormValues {
  return { ...VALID_FORM, ...changes };
}
