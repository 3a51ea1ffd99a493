import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectCertificate, readCertificate } from '@/lib/certificate';
import { type Certs, makeCerts } from './make-certs';

const EXPECTED_DN = 'CN=smtp.ch-xyz.fr,OU=1670000108,O=CH XYZ,ST=Bas-Rhin (67),C=FR';
let certs: Certs;

beforeAll(() => {
  certs = makeCerts();
});
afterAll(() => certs.cleanup());

const codes = (name: string, now = new Date()) => {
  const inspection = inspectCertificate(certs.file(name), { now });
  if (!inspection.ok) throw new Error(inspection.message);
  return inspection.findings.map((finding) => finding.code);
};

describe('reading the server certificate', () => {
  it('gives the DN in the form order from PEM, as text or bytes', () => {
    expect(readCertificate(certs.file('valid.pem').toString('utf8')).subjectDn).toBe(EXPECTED_DN);
    expect(readCertificate(new Uint8Array(certs.file('valid.pem'))).subjectDn).toBe(EXPECTED_DN);
  });

  it('gives the same DN from DER', () => {
    expect(readCertificate(new Uint8Array(certs.file('valid.der'))).subjectDn).toBe(EXPECTED_DN);
  });

  it('reads the issuer, the dates, the SAN and the server usage', () => {
    const info = readCertificate(certs.file('valid.pem'));
    expect(info.issuerDn).toBe(
      'CN=AC IGC-SANTE ELEMENTAIRE ORGANISATIONS,OU=IGC-SANTE ELEMENTAIRE ORGANISATIONS,' +
        'OU=0002 187512751,O=ASIP-SANTE,C=FR',
    );
    expect(info.dnsNames).toEqual(['smtp.ch-xyz.fr']);
    expect(info.serverAuth).toBe(true);
    expect(info.notAfter.getTime()).toBeGreaterThan(info.notBefore.getTime());
    expect(info.chainLength).toBe(1);
  });

  it('reads the server certificate first in a chain', () => {
    const info = readCertificate(certs.file('chain.pem'));
    expect(info.subjectDn).toBe(EXPECTED_DN);
    expect(info.chainLength).toBe(2);
  });

  it('raises no warning on a valid IGC-Santé server certificate', () => {
    expect(codes('valid.pem')).toEqual([]);
  });
});

describe('the warnings on a certificate', () => {
  it('says an expired certificate has expired, with its date', () => {
    const inspection = inspectCertificate(certs.file('expired.pem'));
    expect(inspection.ok && inspection.findings[0]).toMatchObject({
      severity: 'error',
      code: 'certificate-expired',
      message: expect.stringContaining('2021-01-01'),
    });
  });

  it('warns of a certificate ending within 60 days', () => {
    expect(codes('soon.pem')).toEqual(['certificate-expiring']);
    const info = readCertificate(certs.file('valid.pem'));
    const late = new Date(info.notAfter.getTime() - 10 * 86_400_000);
    expect(codes('valid.pem', late)).toEqual(['certificate-expiring']);
  });

  it('warns of an issuer other than the IGC-Santé', () => {
    expect(codes('self.pem')).toEqual(['certificate-not-igc-sante']);
  });

  it('warns of a certificate without serverAuth and without the CN in its SAN', () => {
    expect(codes('client.pem')).toEqual([
      'certificate-no-server-auth',
      'certificate-cn-not-in-san',
    ]);
  });

  it('speaks in French', () => {
    const inspection = inspectCertificate(certs.file('client.pem'));
    expect(inspection.ok && inspection.findings[0]?.message).toMatch(/authentification serveur/);
  });
});
