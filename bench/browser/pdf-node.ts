import { pathToFileURL } from 'node:url';
import { configurePdf } from '@/lib/pdf/environment';
import { fillAnnexe1Pdf } from '@/lib/pdf/fill';
import { nodePdfEnvironment } from '@/lib/pdf/node';
import { DECLARATION } from '../../test/fixtures/declaration';

/** Our fill in Node, as `bench/run.mjs` times it against pdftk: read + fill + save. */

// Bundled into .output/ by the bench: the public folder is named from the working directory.
configurePdf(nodePdfEnvironment(pathToFileURL(`${process.cwd()}/public/`)));

export { DECLARATION };

/** The filled PDF's bytes. */
export function fillPdf(bytes: Uint8Array): Promise<Uint8Array> {
  return fillAnnexe1Pdf(bytes, DECLARATION);
}
