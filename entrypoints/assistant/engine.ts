import { pageEnvironment } from './pdf-env';

/**
 * The PDF library (pdf-lib, fontkit, the reading and filling code), loaded when the first
 * file is opened: the page shows at once, and only this page ever loads it.
 */

type Engine = typeof import('@/lib/pdf');

let engine: Promise<Engine> | undefined;

/** The PDF library, configured for this page. */
export function loadEngine(): Promise<Engine> {
  engine ??= import('@/lib/pdf').then((module) => {
    module.configurePdf(pageEnvironment);
    return module;
  });
  return engine;
}
