import { ScanError, type ScanErrorCode, type ScanEvent, scanXml } from './scan';
import { type Contact, parseContact, type WhitelistEntry } from './types';

/**
 * The agency's whitelist (`listeblanchemssante.xml`): `ListeBlancheMSSante`, its
 * `DateDeGeneration`, and under `ListeDomaines` one flat `Domaine` per domain and server
 * certificate. The published file lacks its closing root tag; that one flaw is forgiven,
 * any other makes the whole file an error rather than a silently shorter list.
 */

/** Larger than any real list (3.7 MB in 2025) by far; checked before anything is read. */
export const WHITELIST_MAX_CHARS = 20 * 1024 * 1024;

export type WhitelistErrorCode =
  | ScanErrorCode
  | 'too-large'
  | 'not-whitelist'
  | 'truncated'
  | 'entry';

/** A whitelist that could not be read; `line` is 1-based, 0 when it does not apply. */
export class WhitelistError extends Error {
  constructor(
    readonly code: WhitelistErrorCode,
    readonly line = 0,
  ) {
    super(`whitelist ${code}${line > 0 ? ` at line ${line}` : ''}`);
    this.name = 'WhitelistError';
  }
}

export interface Whitelist {
  /** `DateDeGeneration`, as published (ISO 8601), '' when absent. */
  readonly generatedAt: string;
  readonly entries: readonly WhitelistEntry[];
}

const ROOT = 'ListeBlancheMSSante';
const FIELDS: Readonly<Record<string, keyof Row>> = {
  Nom: 'domain',
  Description: 'description',
  DNCertificatOperateur: 'certificateDn',
  ResponsableContact: 'project',
  SupportContact: 'technical',
  DateMAJ: 'updatedAt',
};

type Row = Record<
  'domain' | 'description' | 'certificateDn' | 'project' | 'technical' | 'updatedAt',
  string
>;

/**
 * The entries of the whitelist, in the file's order. Throws `WhitelistError`.
 *
 * @example parseWhitelist(xml).length // 6554 for the list of 2025-03-13
 */
export function parseWhitelist(xml: string): WhitelistEntry[] {
  return [...parseWhitelistFile(xml).entries];
}

/** The whitelist with its generation date. Throws `WhitelistError`. */
export function parseWhitelistFile(xml: string): Whitelist {
  if (typeof xml !== 'string') throw new WhitelistError('not-whitelist');
  if (xml.length > WHITELIST_MAX_CHARS) throw new WhitelistError('too-large');
  try {
    return build(scanXml(xml), xml);
  } catch (error) {
    if (error instanceof ScanError) throw new WhitelistError(error.code, error.line);
    throw error;
  }
}

function build(events: Iterable<ScanEvent>, xml: string): Whitelist {
  const stack: string[] = [];
  const entries: WhitelistEntry[] = [];
  let generatedAt = '';
  let row: Partial<Row> | undefined;
  let text = '';
  for (const event of events) {
    if (event.kind === 'text') {
      // Only a leaf (a field of an entry, or the date) holds text; elsewhere, layout.
      if (isLeaf(stack)) text += event.text;
      else if (event.text.trim() !== '') throw fail('not-whitelist', xml, event.at);
    } else if (event.kind === 'open') {
      if (stack.length === 0 && event.name !== ROOT) throw fail('not-whitelist', xml, event.at);
      if (stack.length > 0 && isLeaf(stack)) throw fail('entry', xml, event.at);
      if (event.name === 'Domaine') {
        // An entry anywhere else would be dropped unseen: the file is wrong, say so.
        if (stack.at(-1) !== 'ListeDomaines') throw fail('entry', xml, event.at);
        row = {};
      }
      stack.push(event.name);
      text = '';
    } else {
      if (stack.at(-1) !== event.name) throw fail('syntax', xml, event.at);
      const parent = stack.at(-2);
      if (event.name === 'DateDeGeneration' && parent === ROOT) generatedAt = text.trim();
      const field = FIELDS[event.name];
      if (row !== undefined && parent === 'Domaine' && field !== undefined)
        row[field] = text.trim();
      if (event.name === 'Domaine' && row !== undefined) {
        entries.push(toEntry(row, xml, event.at));
        row = undefined;
      }
      stack.pop();
      text = '';
      if (stack.length === 0) return { generatedAt, entries };
    }
  }
  // The published file ends without `</ListeBlancheMSSante>`: forgiven, and only that.
  if (stack.length === 1 && stack[0] === ROOT) return { generatedAt, entries };
  throw new WhitelistError(stack.length === 0 ? 'not-whitelist' : 'truncated');
}

/** Elements of an entry and the date hold text; the containers hold elements. */
function isLeaf(stack: readonly string[]): boolean {
  const parent = stack.at(-2);
  return parent === 'Domaine' || (parent === ROOT && stack.at(-1) === 'DateDeGeneration');
}

function toEntry(row: Partial<Row>, xml: string, at: number): WhitelistEntry {
  if (!row.domain) throw fail('entry', xml, at);
  const projectContact: Contact = parseContact(row.project ?? '');
  const technicalContact: Contact = parseContact(row.technical ?? '');
  return {
    domain: row.domain,
    description: row.description ?? '',
    certificateDn: row.certificateDn ?? '',
    projectContact,
    technicalContact,
    updatedAt: row.updatedAt ?? '',
  };
}

function fail(code: WhitelistErrorCode, xml: string, at: number): WhitelistError {
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < at; i = xml.indexOf('\n', i + 1)) line += 1;
  return new WhitelistError(code, line);
}
