import { configurePdf } from '@/lib/pdf/environment';
import { fillAnnexe1Pdf } from '@/lib/pdf/fill';
import { nodePdfEnvironment } from '@/lib/pdf/node';
import { DECLARATION } from './declaration';

/** Our fill in Node, as `bench/run.mjs` times it against pdftk: read + fill + save. */

configurePdf(nodePdfEnvironment());

export { DECLARATION };

/** The filled PDF's bytes. */
export function fillPdf(bytes: Uint8Array): Promise<Uint8Array> {
  return fillAnnexe1Pdf(bytes, DECLARATION);
}
