/**
 * The font filled PDFs embed: DejaVu Sans cut down to what French text needs (see
 * `scripts/subset-font.sh`), a public file of the extension, read in Node from the same
 * place.
 */
export const FONT_PATH = '/fonts/DejaVuSans-Annexe1.ttf';
