/** Patterns that would give the extension every site. */
export const ALL_SITES = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

/** Every permission the manifest grants at install (optional ones are asked later). */
export function granted(manifest: Record<string, unknown>): string[] {
  return [
    ...((manifest.permissions as string[] | undefined) ?? []),
    ...((manifest.host_permissions as string[] | undefined) ?? []),
  ];
}
