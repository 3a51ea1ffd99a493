/**
 * Distinguished names as the form writes them (RFC 4514: `CN=…,OU=…,O=…,ST=…,C=FR`) and
 * as OpenSSL prints them (`/C=FR/ST=…/CN=…`, or `subject=C = FR, ST = …`).
 *
 * Written here rather than taken from npm: the RFC 4514 string parsers there (ldapjs's
 * `@ldapjs/dn`, archived with ldapjs) need Node's `Buffer`, know nothing of OpenSSL's
 * slash form, and reject what the agency accepted (an unescaped `"` inside a value). Only
 * what the form needs is kept: no multi-valued RDNs (`+` is plain text) and no `#` BER
 * values (`#` is plain text too); `formatDn` escapes both, so parse and format round-trip.
 */

export interface Attribute {
  readonly type: string;
  readonly value: string;
}

export interface ParsedDn {
  /** `openssl` for the slash form and for a `subject=` prefix. */
  readonly style: 'rfc4514' | 'openssl';
  readonly attributes: readonly Attribute[];
}

export type DnSyntaxError = 'type' | 'equals' | 'escape' | 'quote' | 'afterQuote';

export type DnParseResult =
  | { readonly ok: true; readonly dn: ParsedDn }
  | { readonly ok: false; readonly error: DnSyntaxError; readonly position: number };

type Failure = Extract<DnParseResult, { ok: false }>;
type Value = { readonly text: string; readonly end: number };

const TYPE = /[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*/y;
const SUBJECT = /subject\s*[=:]/iy;
const HEX_PAIR = /[0-9A-Fa-f]{2}/y;
const ESCAPABLE = ' "#+,;<=>\\/';
const SPECIAL = /["+,;<>\\]/g;
const SPACES = ' \t\n\r';
const decoder = new TextDecoder();

/**
 * Parses a DN. Spaces around `,` and `=` are tolerated, as are values in double quotes
 * and an unescaped `"` inside a value; `\,`, `\"` and `\C3\A9` escapes are decoded.
 *
 * @example parseDn('CN=a.fr, O=CH "X"') // ok, [{ CN: 'a.fr' }, { O: 'CH "X"' }]
 */
export function parseDn(text: string): DnParseResult {
  let start = skipSpaces(text, 0);
  let style: ParsedDn['style'] = 'rfc4514';
  SUBJECT.lastIndex = start;
  if (SUBJECT.test(text)) {
    style = 'openssl';
    start = skipSpaces(text, SUBJECT.lastIndex);
  }
  const slash = text[start] === '/';
  if (slash) style = 'openssl';

  const attributes = parseAttributes(text, slash ? start + 1 : start, slash ? '/' : ',');
  return 'ok' in attributes ? attributes : { ok: true, dn: { style, attributes } };
}

/**
 * A DN as RFC 4514 writes it, with no spaces after the commas.
 *
 * @example formatDn([{ type: 'O', value: 'A, B' }]) // 'O=A\\, B'
 */
export function formatDn(attributes: readonly Attribute[]): string {
  return attributes.map(({ type, value }) => `${type}=${escapeValue(value)}`).join(',');
}

function parseAttributes(text: string, from: number, separator: string): Attribute[] | Failure {
  const attributes: Attribute[] = [];
  let at = from;
  for (;;) {
    at = skipSpaces(text, at);
    TYPE.lastIndex = at;
    const type = TYPE.exec(text)?.[0];
    if (type === undefined) return fail('type', at);
    at = skipSpaces(text, at + type.length);
    if (text[at] !== '=') return fail('equals', at);

    const value = readValue(text, skipSpaces(text, at + 1), separator);
    if ('ok' in value) return value;
    attributes.push({ type, value: value.text });
    if (value.end >= text.length) return attributes;
    at = value.end + 1;
  }
}

/** One value, up to the separator; unescaped spaces at its end are not part of it. */
function readValue(text: string, from: number, separator: string): Value | Failure {
  if (separator === ',' && text[from] === '"') return readQuoted(text, from);

  let value = '';
  let kept = 0;
  let at = from;
  while (at < text.length) {
    const character = text[at] as string;
    if (character === separator && (separator === ',' || startsAttribute(text, at + 1))) break;
    if (character === '\\') {
      const escaped = readEscape(text, at);
      if ('ok' in escaped) return escaped;
      value += escaped.text;
      kept = value.length;
      at = escaped.end;
      continue;
    }
    value += character;
    if (!SPACES.includes(character)) kept = value.length;
    at += 1;
  }
  return { text: value.slice(0, kept), end: at };
}

/** A value in double quotes (RFC 2253, still common): only `\` escapes inside. */
function readQuoted(text: string, from: number): Value | Failure {
  let value = '';
  let at = from + 1;
  while (at < text.length && text[at] !== '"') {
    if (text[at] === '\\') {
      const escaped = readEscape(text, at);
      if ('ok' in escaped) return escaped;
      value += escaped.text;
      at = escaped.end;
    } else {
      value += text[at];
      at += 1;
    }
  }
  if (at >= text.length) return fail('quote', from);
  const end = skipSpaces(text, at + 1);
  return end < text.length && text[end] !== ',' ? fail('afterQuote', end) : { text: value, end };
}

/** `\,` and its kind, or a run of `\XX` bytes decoded together as UTF-8. */
function readEscape(text: string, from: number): Value | Failure {
  const bytes: number[] = [];
  let at = from;
  for (;;) {
    HEX_PAIR.lastIndex = at + 1;
    if (text[at] !== '\\' || !HEX_PAIR.test(text)) break;
    bytes.push(Number.parseInt(text.slice(at + 1, at + 3), 16));
    at += 3;
  }
  if (bytes.length > 0) return { text: decoder.decode(new Uint8Array(bytes)), end: at };

  const next = text[from + 1];
  if (next === undefined || !ESCAPABLE.includes(next)) return fail('escape', from);
  return { text: next, end: from + 2 };
}

/** In the slash form a `/` may belong to a value: it separates only before `TYPE=`. */
function startsAttribute(text: string, from: number): boolean {
  const at = skipSpaces(text, from);
  TYPE.lastIndex = at;
  const type = TYPE.exec(text)?.[0];
  return type !== undefined && text[skipSpaces(text, at + type.length)] === '=';
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACES.includes(text[at] as string)) at += 1;
  return at;
}

function fail(error: DnSyntaxError, position: number): Failure {
  return { ok: false, error, position };
}

/** RFC 4514 §2.4 escaping, plus spaces of any kind at either end, which parsing trims. */
function escapeValue(value: string): string {
  const inner = (text: string) => text.replace(SPECIAL, '\\$&').replaceAll('\u0000', '\\00');
  const first = value.slice(0, 1);
  const last = value.length > 1 ? value.slice(-1) : '';
  const middle = value.slice(first.length, value.length - last.length);
  const head = first === '#' ? '\\#' : (edge(first) ?? inner(first));
  return head + inner(middle) + (edge(last) ?? inner(last));
}

function edge(character: string): string | undefined {
  if (character === ' ') return '\\ ';
  if (character === '' || !SPACES.includes(character)) return undefined;
  return `\\${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
