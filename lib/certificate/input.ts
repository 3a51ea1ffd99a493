/**
 * What a dropped file holds, told before any X.509 parsing: a private key (refused at
 * once), PEM certificates, or DER bytes. Works on bytes or text alike.
 */

export type CertificateErrorCode =
  | 'private-key'
  | 'empty'
  | 'too-large'
  | 'request'
  | 'not-certificate'
  | 'truncated'
  | 'unreadable';

/** A file that is not a certificate the assistant can read; `code` says why. */
export class CertificateError extends Error {
  constructor(readonly code: CertificateErrorCode) {
    super(`certificate ${code}`);
    this.name = 'CertificateError';
  }
}

/** A certificate, even a long chain, is a few kilobytes; anything this big is not one. */
export const CERTIFICATE_MAX_BYTES = 1024 * 1024;

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----|PuTTY-User-Key-File/;
const LABEL = '(?:X509 |TRUSTED )?CERTIFICATE';
const PEM_CERTIFICATE = new RegExp(
  `-----BEGIN ${LABEL}-----([\\s\\S]*?)-----END ${LABEL}-----`,
  'g',
);
const PEM_BEGIN = new RegExp(`-----BEGIN ${LABEL}-----`);
const PEM_REQUEST = /-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----/;
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

/**
 * The DER certificates a file holds, in the file's order (the server's first in a chain).
 * Throws `CertificateError`; a private key is refused before anything else is looked at.
 */
export function certificatesOf(input: Uint8Array | string): Uint8Array[] {
  const bytes = typeof input === 'string' ? undefined : input;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > CERTIFICATE_MAX_BYTES) throw new CertificateError('too-large');
  // latin1 keeps one character per byte: the PEM markers are found in any encoding.
  const text = typeof input === 'string' ? input : latin1(input);
  if (PRIVATE_KEY.test(text) || (bytes !== undefined && isPkcs12(bytes))) {
    throw new CertificateError('private-key');
  }
  if (text.trim() === '') throw new CertificateError('empty');

  const blocks = [...text.matchAll(PEM_CERTIFICATE)].map(([, body]) => body ?? '');
  if (blocks.length > 0) return blocks.map(fromBase64);
  if (PEM_BEGIN.test(text)) throw new CertificateError('truncated');
  if (PEM_REQUEST.test(text)) throw new CertificateError('request');
  if (bytes !== undefined && bytes[0] === 0x30) return [bytes];
  throw new CertificateError('not-certificate');
}

/**
 * PKCS#12 (`.p12`, `.pfx`): a DER SEQUENCE whose first element is INTEGER 3. A
 * certificate's first element is itself a SEQUENCE, so the two never meet.
 */
function isPkcs12(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30 || bytes.length < 5) return false;
  const lengthByte = bytes[1] ?? 0;
  const offset = lengthByte < 0x80 ? 2 : lengthByte === 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  return bytes[offset] === 0x02 && bytes[offset + 1] === 0x01 && bytes[offset + 2] === 0x03;
}

function fromBase64(body: string): Uint8Array {
  if (!BASE64.test(body)) throw new CertificateError('unreadable');
  try {
    return Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    throw new CertificateError('unreadable');
  }
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  const step = 0x8000;
  for (let at = 0; at < bytes.length; at += step) {
    text += String.fromCharCode(...bytes.subarray(at, at + step));
  }
  return text;
}
