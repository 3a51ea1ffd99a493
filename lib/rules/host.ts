import { excerpt, type Issue, issue, type Severity } from './finding';

/**
 * Host names: `dns.primary`, `dns.secondary`, `dns.mailServer`, the certificate's CN, and
 * the domain, which adds rules of its own (see `domain.ts`).
 */

export interface HostOptions {
  /** The form caps its DNS fields at 63 characters; DNS itself at 253. */
  readonly maxLength: number;
  /** Capitals are harmless in DNS, but the whitelist is lower case: the domain warns. */
  readonly capitals: Severity;
}

export const DNS_FIELD_MAX = 63;
export const HOST_MAX = 253;
const LABEL_MAX = 63;
const ALLOWED = /^[A-Za-z0-9.-]*$/;
const URL_START = /^[a-z][a-z0-9+.-]*:\/\//i;
const IPV6 = /^\[?[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*\]?$/i;
const PORT = /:(\d*)$/;
const NUMERIC = /^\d+$/;
const ALPHABETIC_TLD = /^(?:[a-z]+|xn--[a-z0-9-]+)$/i;
const NON_ASCII = /[^\p{ASCII}]/u;
const LETTERS_OR_ASCII = /^[\p{L}\p{M}A-Za-z0-9.-]*$/u;

/**
 * The host-name rules for one value. Each fix builds on the ones before it, so the last
 * suggestion is the fully cleaned name.
 *
 * @example hostIssues('Mail.Example.fr.', { maxLength: 63, capitals: 'info' })
 * // host-final-dot (fix 'Mail.Example.fr'), host-capitals (fix 'mail.example.fr')
 */
export function hostIssues(raw: string, options: HostOptions): Issue[] {
  const issues: Issue[] = [];
  let name = raw.trim();
  if (name === '') return issues;
  if (name !== raw) issues.push(issue('warning', 'host-spaces', 'ruleHostSpaces', {}, name));

  const pasted = pastedIssue(name);
  if (pasted) return [...issues, pasted];

  if (name.length > 1 && name.endsWith('.')) {
    name = name.slice(0, -1);
    issues.push(issue('info', 'host-final-dot', 'ruleHostFinalDot', {}, name));
  }

  const ascii = NON_ASCII.test(name) ? asciiForm(name) : undefined;
  if (ascii !== undefined) {
    return [...issues, issue('error', 'host-non-ascii', 'ruleHostNonAscii', { ascii }, ascii)];
  }

  const invalid = invalidCharacters(name);
  if (invalid !== '') {
    issues.push(issue('error', 'host-invalid-char', 'ruleHostInvalidChar', { chars: invalid }));
  }
  if (name.length > options.maxLength) {
    const values = { length: name.length, max: options.maxLength };
    issues.push(issue('error', 'host-too-long', 'ruleHostTooLong', values));
  }
  if (invalid === '') issues.push(...labelIssues(name));
  if (/[A-Z]/.test(name)) {
    issues.push(
      issue(options.capitals, 'host-capitals', 'ruleHostCapitals', {}, name.toLowerCase()),
    );
  }
  return issues;
}

/** A name as DNS compares it: trimmed, without its final dot, in lower case. */
export function normalizeHost(raw: string): string {
  const name = raw.trim().toLowerCase();
  return name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name;
}

/** A URL, an e-mail address, a path or a port pasted where a bare name belongs. */
function pastedIssue(name: string): Issue | undefined {
  if (URL_START.test(name)) {
    const host = urlHost(name);
    return issue('error', 'host-url', 'ruleHostUrl', {}, host === '' ? undefined : host);
  }
  if (name.includes('@')) {
    const after = name.slice(name.lastIndexOf('@') + 1);
    return issue('error', 'host-email', 'ruleHostEmail', {}, after === '' ? undefined : after);
  }
  if (name.includes('/')) {
    const before = name.slice(0, name.indexOf('/'));
    return issue('error', 'host-path', 'ruleHostPath', {}, before === '' ? undefined : before);
  }
  if (IPV6.test(name)) return issue('error', 'host-ip', 'ruleHostIp');
  const port = PORT.exec(name);
  if (port) {
    const before = name.slice(0, port.index);
    const values = { port: excerpt(port[1] ?? '') };
    return issue('error', 'host-port', 'ruleHostPort', values, before === '' ? undefined : before);
  }
  return undefined;
}

function labelIssues(name: string): Issue[] {
  const labels = name.split('.');
  if (labels.includes('')) return [issue('error', 'host-empty-label', 'ruleHostEmptyLabel')];

  const issues: Issue[] = [];
  const long = labels.find((label) => label.length > LABEL_MAX);
  if (long !== undefined) {
    const values = { label: excerpt(long), length: long.length };
    issues.push(issue('error', 'host-label-too-long', 'ruleHostLabelTooLong', values));
  }
  const hyphen = labels.find((label) => label.startsWith('-') || label.endsWith('-'));
  if (hyphen !== undefined) {
    const values = { label: excerpt(hyphen) };
    issues.push(issue('error', 'host-label-hyphen', 'ruleHostLabelHyphen', values));
  }

  const last = labels[labels.length - 1] ?? '';
  if (labels.length < 2) {
    issues.push(issue('error', 'host-single-label', 'ruleHostSingleLabel'));
  } else if (labels.every((label) => NUMERIC.test(label))) {
    issues.push(issue('error', 'host-ip', 'ruleHostIp'));
  } else if (!ALPHABETIC_TLD.test(last)) {
    issues.push(issue('error', 'host-bad-tld', 'ruleHostBadTld', { label: excerpt(last) }));
  }
  return issues;
}

/** Up to three distinct characters the form refuses, quoted for the message. */
function invalidCharacters(name: string): string {
  if (ALLOWED.test(name)) return '';
  const found = new Set<string>();
  for (const character of name) {
    if (ALLOWED.test(character)) continue;
    found.add(visible(character));
    if (found.size === 3) break;
  }
  return [...found].map((character) => `« ${character} »`).join(', ');
}

/** A character as a reader can see it: spaces and control characters by their code. */
function visible(character: string): string {
  if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(character)) return character;
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The `xn--` form of a name written with accents or another script, through the
 * platform's own IDNA (the URL parser), since `node:punycode` is not in browsers.
 */
function asciiForm(name: string): string | undefined {
  if (name.length > HOST_MAX || !LETTERS_OR_ASCII.test(name)) return undefined;
  const host = urlHost(`http://${name}`);
  return host !== '' && ALLOWED.test(host) ? host : undefined;
}

/** The host of a URL, or '' when the platform cannot parse it. */
function urlHost(url: string): string {
  if (typeof URL !== 'function' || url.length > 2048) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
