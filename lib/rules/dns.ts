import type { FieldKey, FormValues } from '../annexe1/fields';
import { excerpt, type Finding, issue, toFinding } from './finding';
import { normalizeHost } from './host';
import { isTicked, textOf } from './values';

/**
 * The DNS set-up: one method, delegation (primary and secondary name servers) or
 * redirection (the operator's mail server); the other method's servers are ignored.
 */

const DELEGATION_SERVERS = ['dns.primary', 'dns.secondary'] as const;
const REDIRECTION_SERVERS = ['dns.mailServer'] as const;

/** The server fields of the method not chosen, which the agency ignores. */
export function unusedServerFields(form: FormValues): FieldKey[] {
  const delegation = isTicked(form, 'dns.delegation');
  const redirection = isTicked(form, 'dns.redirection');
  let ignored: readonly FieldKey[] = [];
  if (delegation && !redirection) ignored = REDIRECTION_SERVERS;
  if (redirection && !delegation) ignored = DELEGATION_SERVERS;
  return ignored.filter((key) => textOf(form, key) !== '');
}

/**
 * The DNS rules across fields.
 *
 * @example dnsFindings({ 'dns.delegation': true, 'dns.redirection': true }) // dns-method
 */
export function dnsFindings(form: FormValues): Finding[] {
  const delegation = isTicked(form, 'dns.delegation');
  const redirection = isTicked(form, 'dns.redirection');
  const withdrawal = isTicked(form, 'withdrawal.requested');
  if (delegation && redirection) {
    return [toFinding('dns.delegation', issue('error', 'dns-method', 'ruleDnsBothMethods'))];
  }
  if (!delegation && !redirection) {
    return withdrawal
      ? []
      : [toFinding('dns.delegation', issue('error', 'dns-method', 'ruleDnsNoMethod'))];
  }

  const servers = delegation ? DELEGATION_SERVERS : REDIRECTION_SERVERS;
  const findings = withdrawal ? [] : servers.filter((key) => textOf(form, key) === '').map(missing);
  const unused = unusedServerFields(form).map((key) =>
    toFinding(key, issue('info', 'dns-unused', 'ruleDnsUnused')),
  );
  return delegation
    ? [...findings, ...delegationFindings(form), ...unused]
    : [...findings, ...unused];
}

/** Two distinct name servers, and glue records for those inside the delegated zone. */
function delegationFindings(form: FormValues): Finding[] {
  const findings: Finding[] = [];
  const primary = normalizeHost(textOf(form, 'dns.primary'));
  const secondary = normalizeHost(textOf(form, 'dns.secondary'));
  if (primary !== '' && primary === secondary) {
    findings.push(
      toFinding('dns.secondary', issue('warning', 'dns-same-servers', 'ruleDnsSameServers')),
    );
  }

  const zone = normalizeHost(textOf(form, 'domain.name'));
  if (zone === '') return findings;
  for (const key of DELEGATION_SERVERS) {
    const server = normalizeHost(textOf(form, key));
    if (server === zone || server.endsWith(`.${zone}`)) {
      findings.push(
        toFinding(key, issue('warning', 'dns-glue', 'ruleDnsGlue', { zone: excerpt(zone) })),
      );
    }
  }
  return findings;
}

function missing(key: FieldKey): Finding {
  return toFinding(key, issue('error', 'dns-server-missing', 'ruleDnsServerMissing'));
}
