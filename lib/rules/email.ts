import { ruleData } from './data';
import { excerpt, type Issue, issue } from './finding';
import { HOST_MAX, hostIssues } from './host';

/**
 * E-mail addresses (RFC 5321 syntax), and for the two published incident contacts, a
 * professional address: a free webmail domain is flagged once `loadRuleData` has run
 * (until then the check waits: see `data.ts`).
 */

const ADDRESS_MAX = 254;
const LOCAL_MAX = 64;
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;
const ADDRESS_LITERAL = /^\[[0-9A-Fa-f.:]+\]$/;

/**
 * The e-mail rules; `published`: the address is shown to the public as an incident
 * contact and must not be a free webmail.
 *
 * @example emailIssues('contact@gmail.com', true) // [email-webmail (warning)]
 */
export function emailIssues(raw: string, published: boolean): Issue[] {
  const text = raw.trim();
  if (text === '') return [];
  if (/\s/.test(text)) return [invalid('ruleEmailSpace')];
  if (text.length > ADDRESS_MAX) {
    return [issue('error', 'email-invalid', 'ruleEmailTooLong', { length: text.length })];
  }
  const at = text.lastIndexOf('@');
  if (at < 0) return [invalid('ruleEmailNoAt')];

  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > LOCAL_MAX || !(DOT_ATOM.test(local) || QUOTED.test(local))) {
    return [invalid('ruleEmailLocal')];
  }
  const domainErrors = ADDRESS_LITERAL.test(domain)
    ? []
    : hostIssues(domain, { maxLength: HOST_MAX, capitals: 'info' }).filter(
        (found) => found.severity === 'error',
      );
  if (domain === '' || domainErrors.length > 0) {
    return [issue('error', 'email-invalid', 'ruleEmailDomain', { domain: excerpt(domain) })];
  }

  if (published && ruleData()?.webmail.has(domain.toLowerCase())) {
    return [issue('warning', 'email-webmail', 'ruleEmailWebmail', { domain: excerpt(domain) })];
  }
  return [];
}

function invalid(message: 'ruleEmailSpace' | 'ruleEmailNoAt' | 'ruleEmailLocal'): Issue {
  return issue('error', 'email-invalid', message);
}
