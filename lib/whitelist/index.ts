import { type MessageKey, t } from '../i18n';
import { WHITELIST_MAX_CHARS, WhitelistError, type WhitelistErrorCode } from './parse';

/**
 * The agency's published whitelist: parsing it safely, keeping it compact, looking up a
 * domain or a DN, and prefilling from what an operator already published.
 */

export { ageInDays, type CompactWhitelist, compactWhitelist, expandWhitelist } from './compact';
export { indexWhitelist, publishedValues, type WhitelistIndex } from './lookup';
export {
  parseWhitelist,
  parseWhitelistFile,
  WHITELIST_MAX_CHARS,
  type Whitelist,
  WhitelistError,
  type WhitelistErrorCode,
} from './parse';
export { type Contact, parseContact, type WhitelistEntry } from './types';

/** The one address the list is downloaded from, and the only host the extension may ask for. */
export const WHITELIST_URL = 'https://espacedeconfiance.mssante.fr/listeblanchemssante.xml';

const MESSAGES = {
  'too-large': 'extrasWhitelistTooLarge',
  doctype: 'extrasWhitelistDoctype',
  entity: 'extrasWhitelistEntity',
  syntax: 'extrasWhitelistSyntax',
  'not-whitelist': 'extrasWhitelistNotWhitelist',
  truncated: 'extrasWhitelistTruncated',
  entry: 'extrasWhitelistEntry',
} as const satisfies Record<WhitelistErrorCode, MessageKey>;

/** What the user is told when a list cannot be read, in the UI language. */
export function whitelistErrorMessage(error: unknown): string {
  if (!(error instanceof WhitelistError)) return t('extrasWhitelistUnreadable');
  const max = Math.round(WHITELIST_MAX_CHARS / 1024 / 1024);
  return t(MESSAGES[error.code], { line: error.line, max });
}
