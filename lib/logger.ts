/**
 * The one logger: a fixed prefix, and silent in production builds so that users' consoles
 * stay clean.
 */

const PREFIX = '[Annexe 1]';
const enabled = import.meta.env?.MODE !== 'production';

export const logger = {
  /** Something unexpected that the code recovered from. */
  warn(...args: unknown[]): void {
    if (enabled) console.warn(PREFIX, ...args);
  },
  /** A failure the user was told about; the details are for developers. */
  error(...args: unknown[]): void {
    if (enabled) console.error(PREFIX, ...args);
  },
};
