import type { ExtensionMessage, StatusReply } from './messages';

/** What the popup says of the current tab. */
export type TabStatus = 'checking' | 'page' | 'pdf' | 'none';

type Send = (tabId: number, message: ExtensionMessage) => Promise<unknown>;

/** True when a tab's address is a PDF file (what the browser's viewer shows). */
export function isPdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/**
 * What a tab holds, asked of its content script. No content script there (an unofficial
 * site, a browser page) means the form is not recognised, not an error.
 */
export async function tabStatus(
  tab: { id?: number; url?: string } | undefined,
  send: Send,
): Promise<TabStatus> {
  if (tab?.id === undefined) return 'none';
  if (isPdfUrl(tab.url)) return 'pdf';
  try {
    const reply = (await send(tab.id, { type: 'annexe1:status' })) as StatusReply | undefined;
    return reply?.detected ? 'page' : 'none';
  } catch {
    return 'none';
  }
}
