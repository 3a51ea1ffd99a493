/**
 * The PDF the assistant was opened for (`assistant.html?src=<address>`), by its file name.
 * The page cannot fetch it: another site's file needs a host permission the extension does
 * not ask for, so the user is asked to save it and drop it.
 */

// TODO [2026-12-03]: fetch the tab's PDF itself once the user grants that one site
// (optional host permission requested from the popup); until then it is saved and dropped.

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
