import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateError, inspectCertificate, readCertificate } from '@/lib/certificate';
import { type Certs, makeCerts } from './make-certs';

let certs: Certs;
beforeAll(() => {
  certs = makeCerts();
});
afterAll(() => certs.cleanup());

const refusal = (input: Uint8Array | string, fileName?: string) => {
  const inspection = inspectCertificate(input, { fileName });
  return inspection.ok ? 'accepted' : inspection.code;
};

describe('a file holding a private key', () => {
  it('is refused with a message never to share it', () => {
    const inspection = inspectCertificate(certs.file('with-key.pem'));
    expect(inspection).toMatchObject({ ok: false, code: 'private-key' });
    expect(!inspection.ok && inspection.message).toMatch(/Ne partagez jamais une clé privée/);
  });

  it('is refused as a bare key, an encrypted key or a PKCS#12 bundle', () => {
    expect(refusal(certs.file('server.key'))).toBe('private-key');
    expect(refusal(certs.file('encrypted.key'))).toBe('private-key');
    expect(refusal(new Uint8Array(certs.file('bundle.p12')))).toBe('private-key');
    expect(refusal(certs.file('valid.pem'), 'serveur.pfx')).toBe('private-key');
  });

  it('is refused before any parsing, even when the certificate in it is broken', () => {
    const broken = '-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n';
    const key = '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n';
    expect(() => readCertificate(broken + key)).toThrow(CertificateError);
    expect(refusal(broken + key)).toBe('private-key');
  });
});

describe('a file that is not a readable certificate', () => {
  it('gives a reason for empty, garbage, truncated and request files', () => {
    expect(refusal('')).toBe('empty');
    expect(refusal(new Uint8Array())).toBe('empty');
    expect(refusal('bonjour, voici mon certificat')).toBe('not-certificate');
    expect(refusal(new Uint8Array([1, 2, 3, 4]))).toBe('not-certificate');
    const pem = certs.file('valid.pem').toString('utf8');
    expect(refusal(pem.slice(0, pem.length / 2))).toBe('truncated');
    expect(refusal(certs.file('server.csr'))).toBe('request');
  });

  it('gives a reason for damaged DER and damaged base64', () => {
    const der = new Uint8Array(certs.file('valid.der'));
    expect(refusal(der.subarray(0, der.length / 2))).toBe('unreadable');
    expect(refusal('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----')).toBe(
      'unreadable',
    );
  });

  it('refuses a file far too large to be a certificate', () => {
    expect(refusal(new Uint8Array(2 * 1024 * 1024).fill(0x30))).toBe('too-large');
  });
});
