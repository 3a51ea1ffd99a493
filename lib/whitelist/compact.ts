import type { Whitelist } from './parse';
import { parseContact, type WhitelistEntry } from './types';

/**
 * The whitelist as kept in `storage.local`: DNs and contacts, repeated thousands of times
 * in the file, stored once each and referred to by number. The list of 2025 takes about a
 * third of its XML size this way, well inside the 10 MB of `storage.local` without asking
 * for `unlimitedStorage`.
 */
export interface CompactWhitelist {
  readonly format: 'mssante-whitelist';
  readonly version: 1;
  readonly generatedAt: string;
  /** When this copy was downloaded (ISO 8601). */
  readonly fetchedAt: string;
  readonly strings: readonly string[];
  /** domain, description, DN, project contact, technical contact, DateMAJ: string numbers. */
  readonly rows: readonly (readonly [number, number, number, number, number, number])[];
}

/** The compact form of a whitelist, stamped with the time it was downloaded. */
export function compactWhitelist(list: Whitelist, fetchedAt: Date): CompactWhitelist {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const ref = (text: string): number => {
    let number = numbers.get(text);
    if (number === undefined) {
      number = strings.push(text) - 1;
      numbers.set(text, number);
    }
    return number;
  };
  const rows = list.entries.map(
    (entry) =>
      [
        ref(entry.domain),
        ref(entry.description),
        ref(entry.certificateDn),
        ref(entry.projectContact.text),
        ref(entry.technicalContact.text),
        ref(entry.updatedAt),
      ] as const,
  );
  const generatedAt = list.generatedAt;
  return {
    format: 'mssante-whitelist',
    version: 1,
    generatedAt,
    fetchedAt: fetchedAt.toISOString(),
    strings,
    rows,
  };
}

/** A stored copy, checked (storage can hold anything); null when it is not one. */
export function expandWhitelist(stored: unknown): (Whitelist & { fetchedAt: string }) | null {
  if (!isCompact(stored)) return null;
  const { strings } = stored;
  const text = (number: number): string => strings[number] ?? '';
  const entries = stored.rows.map(
    ([domain, description, dn, project, technical, updatedAt]): WhitelistEntry => ({
      domain: text(domain),
      description: text(description),
      certificateDn: text(dn),
      projectContact: parseContact(text(project)),
      technicalContact: parseContact(text(technical)),
      updatedAt: text(updatedAt),
    }),
  );
  return { generatedAt: stored.generatedAt, fetchedAt: stored.fetchedAt, entries };
}

function isCompact(value: unknown): value is CompactWhitelist {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompactWhitelist>;
  return (
    v.format === 'mssante-whitelist' &&
    v.version === 1 &&
    typeof v.generatedAt === 'string' &&
    typeof v.fetchedAt === 'string' &&
    Array.isArray(v.strings) &&
    v.strings.every((s) => typeof s === 'string') &&
    Array.isArray(v.rows) &&
    v.rows.every((row) => Array.isArray(row) && row.length === 6 && row.every(Number.isInteger))
  );
}

/** Whole days between the download and `now`, for « liste du …, il y a N jours ». */
export function ageInDays(fetchedAt: string, now: Date): number {
  const then = Date.parse(fetchedAt);
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}
