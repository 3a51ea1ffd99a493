import { fieldByKey } from './fields';
import { normalizeLabel } from './match';
import { sectionById } from './sections';

/**
 * Telling the Annexe 1 from a page or a PDF that only looks alike. A contact form has
 * « Nom », « Téléphone » and « Courriel » too; only the Annexe 1 carries its title together
 * with the blanks no other form prints.
 */

const TITLE = 'Déclaration d’un domaine MSSanté';

const MARKERS = [
  fieldByKey('certificate.dn').label,
  fieldByKey('domain.name').label,
  fieldByKey('operator.structureId').label,
  fieldByKey('dns.delegation').label,
  fieldByKey('dns.redirection').label,
  sectionById('incident').heading,
].map(normalizeLabel);

/** How many markers besides the title a text must hold to be the Annexe 1. */
const ENOUGH_MARKERS = 3;

/**
 * True when a text (a page's or a PDF's) is the Annexe 1: its title and at least three of
 * the blanks or headings only this form prints. Cheap on unrelated text: it gives up
 * before folding accents when « MSSanté » is nowhere.
 */
export function looksLikeAnnexe1(text: string): boolean {
  if (!/mss\s*ant/i.test(text)) return false;
  const normalized = normalizeLabel(text);
  if (!normalized.includes(normalizeLabel(TITLE))) return false;
  return MARKERS.filter((marker) => normalized.includes(marker)).length >= ENOUGH_MARKERS;
}
