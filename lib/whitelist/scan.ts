/**
 * A strict scanner for the whitelist's flat XML: elements, text, the five predefined
 * entities and character references, comments and the XML declaration; nothing else.
 *
 * Hand-written on purpose: DOMParser is not in Node nor in an MV3 service worker, and the
 * XML libraries on npm either expand entities or pull in a DTD machinery we must never run
 * on a downloaded file. This format needs none of it, so a `<!DOCTYPE`, an `<!ENTITY` or
 * an unknown `&name;` is refused outright rather than ignored: no DTD is ever read, no
 * entity ever expanded, no external resource ever fetched.
 */

export type ScanErrorCode = 'doctype' | 'entity' | 'syntax';

/** Why the scanner stopped, and where (1-based line). */
export class ScanError extends Error {
  constructor(
    readonly code: ScanErrorCode,
    readonly line: number,
  ) {
    super(`${code} at line ${line}`);
    this.name = 'ScanError';
  }
}

export type ScanEvent =
  | { readonly kind: 'open'; readonly name: string; readonly at: number }
  | { readonly kind: 'close'; readonly name: string; readonly at: number }
  | { readonly kind: 'text'; readonly text: string; readonly at: number };

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTES = /(?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*/y;
const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const REFERENCE = /&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z][\w.-]*);/g;

/**
 * The document as open, close and text events, in order. Throws `ScanError` on anything
 * this format does not use. Element names lose their namespace prefix.
 */
export function* scanXml(xml: string): Generator<ScanEvent> {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt === -1 ? xml.length : lt;
    if (end > at) yield { kind: 'text', text: decodeText(xml, at, end), at };
    if (lt === -1) return;
    at = markup(xml, lt);
    if (at < 0) {
      const tag = readTag(xml, lt);
      yield tag.event;
      if (tag.selfClosing) yield { kind: 'close', name: tag.event.name, at: lt };
      at = tag.end;
    }
  }
}

/** Skips a comment or the declaration; -1 when `<` starts a tag. Refuses any DTD. */
function markup(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) return after(xml, lt, '-->');
  if (xml.startsWith('<?', lt)) return after(xml, lt, '?>');
  if (xml.startsWith('<!', lt)) {
    const upper = xml.slice(lt, lt + 9).toUpperCase();
    const code =
      upper.startsWith('<!DOCTYPE') || upper.startsWith('<!ENTITY') ? 'doctype' : 'syntax';
    throw new ScanError(code, lineOf(xml, lt));
  }
  return -1;
}

function after(xml: string, from: number, closing: string): number {
  const found = xml.indexOf(closing, from);
  if (found === -1) throw new ScanError('syntax', lineOf(xml, from));
  return found + closing.length;
}

interface Tag {
  readonly event: Extract<ScanEvent, { kind: 'open' | 'close' }>;
  readonly selfClosing: boolean;
  readonly end: number;
}

function readTag(xml: string, lt: number): Tag {
  const closing = xml[lt + 1] === '/';
  NAME.lastIndex = lt + (closing ? 2 : 1);
  const name = NAME.exec(xml)?.[0];
  if (name === undefined) throw new ScanError('syntax', lineOf(xml, lt));
  let at = NAME.lastIndex;
  if (!closing) {
    ATTRIBUTES.lastIndex = at;
    ATTRIBUTES.exec(xml);
    at = ATTRIBUTES.lastIndex;
  } else {
    while (xml[at] === ' ' || xml[at] === '\t' || xml[at] === '\n' || xml[at] === '\r') at += 1;
  }
  const selfClosing = !closing && xml[at] === '/';
  if (selfClosing) at += 1;
  if (xml[at] !== '>') throw new ScanError('syntax', lineOf(xml, lt));
  const local = name.slice(name.indexOf(':') + 1);
  return {
    event: { kind: closing ? 'close' : 'open', name: local, at: lt },
    selfClosing,
    end: at + 1,
  };
}

/** Text with its references decoded; a bare `&` or an unknown entity is an error. */
function decodeText(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (!raw.includes('&')) return raw;
  const decoded = raw.replace(REFERENCE, (_whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (code > 0x10ffff || code === 0) throw new ScanError('syntax', lineOf(xml, from));
      return String.fromCodePoint(code);
    }
    const known = PREDEFINED[ref];
    if (known === undefined) throw new ScanError('entity', lineOf(xml, from));
    return known;
  });
  // A `&` left after decoding was not a reference at all.
  if (raw.replace(REFERENCE, '').includes('&')) throw new ScanError('syntax', lineOf(xml, from));
  return decoded;
}

function lineOf(xml: string, position: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < position; i = xml.indexOf('\n', i + 1)) {
    line += 1;
  }
  return line;
}
