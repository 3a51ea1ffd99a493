import type { FormValues } from '@/lib/annexe1/fields';

/** A hospital's operator profile: what a profile holds, the DN in parts. */
export const PROFILE: FormValues = {
  'operator.name': 'Centre hospitalier de Xyz',
  'operator.structureId': '1670000017',
  'legalRep.fullName': 'Martin Claire',
  'legalRep.address': '1 rue de l’Hôpital\n67000 Strasbourg',
  'legalRep.phone': '03 88 00 00 01',
  'legalRep.email': 'direction@ch-xyz.fr',
  'projectLead.fullName': 'Durand Paul',
  'projectLead.phone': '03 88 00 00 02',
  'projectLead.email': 'paul.durand@ch-xyz.fr',
  'techLead.fullName': 'Petit Anne',
  'techLead.phone': '03 88 00 00 03',
  'techLead.email': 'anne.petit@ch-xyz.fr',
  'connectorEditor.name': 'Éditeur Santé',
  'publicProject.phone': '03 88 00 00 04',
  'publicProject.email': 'projet.mssante@ch-xyz.fr',
  'publicTech.phone': '03 88 00 00 05',
  'publicTech.email': 'support.mssante@ch-xyz.fr',
  'certificate.cn': 'mx.ch-xyz.fr',
  'certificate.ou': '1670000017',
  'certificate.o': 'CH Xyz',
  'certificate.st': 'Bas-Rhin',
  'certificate.stCode': '67',
  'certificate.c': 'FR',
  'dns.delegation': true,
  'dns.primary': 'ns1.ch-xyz.fr',
  'dns.secondary': 'ns2.ch-xyz.fr',
  'dns.redirection': false,
  'signature.fullName': 'Martin Claire',
};

/** The declaration's own values: what no profile holds. */
export const DECLARATION: FormValues = {
  'domain.name': 'ch-xyz.mssante.fr',
  'domain.description': 'Domaine de messagerie du CH Xyz',
  'signature.date': '03/12/2026',
};
