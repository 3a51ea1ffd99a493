import type { FormValues } from '../annexe1/fields';
import { formatDn, parseDn } from '../rules/dn';
import type { WhitelistEntry } from './types';

/** Answers "is this domain listed?" and "what does this DN already serve?". */
export interface WhitelistIndex {
  /** The entries of a domain (one per certificate), [] when it is not listed. */
  byDomain(domain: string): readonly WhitelistEntry[];
  /** The entries served by a certificate DN, [] when none. */
  byDn(dn: string): readonly WhitelistEntry[];
  /** Every listed domain, normalised, for the rule engine's `setWhitelist`. */
  domains(): IterableIterator<string>;
}

/**
 * An index over the entries, built once: lookups are then one map access. Domains and
 * DNs match whatever their case and surrounding spaces; DNs also whatever the spaces
 * around their commas and equals signs.
 *
 * @example indexWhitelist(entries).byDomain(' ADSEA29.mssante.fr ')[0]?.certificateDn
 */
export function indexWhitelist(entries: readonly WhitelistEntry[]): WhitelistIndex {
  const byDomain = new Map<string, WhitelistEntry[]>();
  const byDn = new Map<string, WhitelistEntry[]>();
  for (const entry of entries) {
    push(byDomain, domainKey(entry.domain), entry);
    push(byDn, dnKey(entry.certificateDn), entry);
  }
  return {
    byDomain: (domain) => byDomain.get(domainKey(domain)) ?? [],
    byDn: (dn) => byDn.get(dnKey(dn)) ?? [],
    domains: () => byDomain.keys(),
  };
}

/**
 * What the whitelist already publishes for a DN's operator, as form values: the DN and
 * the published contacts of its most recently updated entry. {} when the DN is not listed.
 */
export function publishedValues(index: WhitelistIndex, dn: string): FormValues {
  const latest = [...index.byDn(dn)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (latest === undefined) return {};
  const values: FormValues = { 'certificate.dn': latest.certificateDn };
  const { projectContact: project, technicalContact: tech } = latest;
  if (project.phone !== undefined) values['publicProject.phone'] = project.phone;
  if (project.email !== undefined) values['publicProject.email'] = project.email;
  if (tech.phone !== undefined) values['publicTech.phone'] = tech.phone;
  if (tech.email !== undefined) values['publicTech.email'] = tech.email;
  return values;
}

function push(map: Map<string, WhitelistEntry[]>, key: string, entry: WhitelistEntry): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}

function domainKey(domain: string): string {
  return typeof domain === 'string' ? domain.trim().toLowerCase() : '';
}

/** The DN re-written canonically when it parses, lower-cased either way. */
function dnKey(dn: string): string {
  if (typeof dn !== 'string') return '';
  const parsed = parseDn(dn);
  const text = parsed.ok
    ? formatDn(parsed.dn.attributes.map(({ type, value }) => ({ type: type.toUpperCase(), value })))
    : dn.trim();
  return text.toLowerCase();
}
