import { MAX_PDF_BYTES } from './inspect';

/**
 * The PDF the assistant was opened for (`assistant.html?src=<address>`, from the popup
 * or the banner over a PDF tab). The page fetches it where the extension may read that site (the
 * official hosts, and the sites the user allowed); elsewhere the user is asked to save the
 * file and drop it.
 */

/**
 * The name of the file `?src=` points to, or `undefined` when there is none.
 *
 * @example remoteSourceName('?src=https%3A%2F%2Fx.fr%2Fdocs%2FAnnexe%25201.pdf') // 'Annexe 1.pdf'
 */
export function remoteSourceName(search: string): string | undefined {
  const source = new URLSearchParams(search).get('src')?.trim();
  if (!source) return undefined;
  try {
    const url = new URL(source);
    const last = url.pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return source;
  }
}

/** The web address `?src=` gives, when it is one (http or https), else `undefined`. */
export function remoteSourceUrl(search: string): string | undefined {
  const source = new URLSearchParams(search).get('src')?.trim();
  if (!source) return undefined;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What became of fetching the PDF a tab shows. */
export type RemotePdf =
  | { kind: 'file'; file: File }
  | { kind: 'tooLarge'; name: string; size: number }
  | { kind: 'unavailable' };

/**
 * Fetches the PDF at `url` as a file named after its address. `unavailable` when it cannot
 * be had (no permission for the site, offline, an error status); a file announced over
 * 20 MB is not downloaded at all.
 */
export async function fetchRemotePdf(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<RemotePdf> {
  const name = remoteSourceName(`?src=${encodeURIComponent(url)}`) ?? 'annexe1.pdf';
  try {
    const response = await fetcher(url, { credentials: 'include' });
    if (!response.ok) return { kind: 'unavailable' };
    const size = Number(response.headers.get('content-length'));
    if (size > MAX_PDF_BYTES) return { kind: 'tooLarge', name, size };
    const file = new File([await response.arrayBuffer()], name, { type: 'application/pdf' });
    return { kind: 'file', file };
  } catch {
    return { kind: 'unavailable' };
  }
}
