import type { FormValues } from '../annexe1/fields';
import { type Issue, issue } from './finding';
import { HOST_MAX, hostIssues, normalizeHost } from './host';

/**
 * The declared domain: a host name, under `mssante.fr`, checked against the whitelist
 * when one has been given (the whitelist is public data the extension may download; the
 * rules do not fetch it themselves).
 */

const AGENCY_DOMAIN = 'mssante.fr';

let whitelist: ReadonlySet<string> | undefined;

/**
 * Gives the rules the domains of the public whitelist, or `null` to forget them. Until
 * then the two whitelist rules stay silent.
 */
export function setWhitelist(domains: Iterable<string> | null): void {
  whitelist = domains === null ? undefined : new Set([...domains].map(normalizeHost));
}

/** The rules of `domain.name`; `form` tells a withdrawal from a new declaration. */
export function domainIssues(raw: string, form: FormValues): Issue[] {
  const issues = hostIssues(raw, { maxLength: HOST_MAX, capitals: 'warning' });
  const name = normalizeHost(raw);
  if (name === '' || issues.some((found) => found.severity === 'error')) return issues;

  if (name === AGENCY_DOMAIN) {
    issues.push(issue('error', 'domain-is-mssante', 'ruleDomainIsMssante'));
  } else if (!name.endsWith(`.${AGENCY_DOMAIN}`)) {
    issues.push(issue('warning', 'domain-not-mssante', 'ruleDomainNotMssante'));
  }

  if (whitelist === undefined) return issues;
  const withdrawal = form['withdrawal.requested'] === true;
  if (withdrawal && !whitelist.has(name)) {
    issues.push(issue('warning', 'domain-not-listed', 'ruleDomainNotListed'));
  } else if (!withdrawal && whitelist.has(name)) {
    issues.push(issue('info', 'domain-listed', 'ruleDomainListed'));
  }
  return issues;
}
