/**
 * The name of the filled file: `annexe1-<domain>.pdf`, the domain kept to what every file
 * system accepts.
 *
 * @example downloadName('CH-XYZ.mssante.fr') // 'annexe1-ch-xyz.mssante.fr.pdf'
 */
export function downloadName(domain: string | undefined): string {
  const safe = (domain ?? '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-*\.-*/g, '.')
    .replace(/([.-])\1+/g, '$1')
    .slice(0, 100)
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe ? `annexe1-${safe}.pdf` : 'annexe1-rempli.pdf';
}
