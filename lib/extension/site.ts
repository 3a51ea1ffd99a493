import { OFFICIAL_MATCHES } from '../hosts';

/** The host suffixes of the official match patterns (`https://*.mssante.fr/*` → `mssante.fr`). */
const OFFICIAL_SUFFIXES = OFFICIAL_MATCHES.map((pattern) =>
  pattern.replace(/^https:\/\/\*\./, '').replace(/\/\*$/, ''),
);

/**
 * The origin a user may allow the assistant on for good (« Toujours activer sur ce site »):
 * an http(s) page outside the official hosts, where the content script already runs.
 * `undefined` for browser pages, files and the official hosts.
 *
 * @example allowableOrigin('https://intranet.chu-xyz.fr/annexe1') // 'https://intranet.chu-xyz.fr'
 */
export function allowableOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname;
  const official = OFFICIAL_SUFFIXES.some(
    (suffix) => host === suffix || host.endsWith(`.${suffix}`),
  );
  return official && parsed.protocol === 'https:' ? undefined : parsed.origin;
}
