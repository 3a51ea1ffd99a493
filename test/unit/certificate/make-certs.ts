import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Certificates made by Debian's `openssl` in a temporary directory: a CA named like the
 * IGC-Santé, server certificates signed by it (valid, expired, without serverAuth), a
 * self-signed one, a chain, a key. OpenSSL 3.0 has no `-not_after` on `x509 -req`, so
 * dates in the past go through `openssl ca -startdate/-enddate`.
 */

export const SUBJECT = '/C=FR/ST=Bas-Rhin (67)/O=CH XYZ/OU=1670000108/CN=smtp.ch-xyz.fr';
export const IGC_ISSUER =
  '/C=FR/O=ASIP-SANTE/OU=0002 187512751/OU=IGC-SANTE ELEMENTAIRE ORGANISATIONS' +
  '/CN=AC IGC-SANTE ELEMENTAIRE ORGANISATIONS';

export interface Certs {
  dir: string;
  file(name: string): Buffer;
  cleanup(): void;
}

const SERVER_EXT = [
  'basicConstraints=CA:FALSE',
  'keyUsage=digitalSignature,keyEncipherment',
  'extendedKeyUsage=serverAuth,clientAuth',
  'subjectAltName=DNS:smtp.ch-xyz.fr',
].join('\n');
const CLIENT_EXT = ['basicConstraints=CA:FALSE', 'extendedKeyUsage=clientAuth'].join('\n');

const CA_CONFIG = `
[ ca ]
default_ca = local
[ local ]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
default_md = sha256
policy = anything
unique_subject = no
[ anything ]
countryName = optional
stateOrProvinceName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
`;

export function makeCerts(): Certs {
  const dir = mkdtempSync(join(tmpdir(), 'annexe1-certs-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  write('server.ext', SERVER_EXT);
  write('client.ext', CLIENT_EXT);
  write('ca.cnf', CA_CONFIG);
  write('index.txt', '');
  write('serial', '1000\n');
  execFileSync('mkdir', ['issued'], { cwd: dir });

  // The CA, named like the IGC-Santé, and a server key with its request.
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    IGC_ISSUER,
    '-days',
    '3650',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  );
  run(
    'req',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    SUBJECT,
  );
  const sign = (out: string, ext: string, ...dates: string[]) =>
    run(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      out,
      '-extfile',
      ext,
      ...dates,
    );

  sign('valid.pem', 'server.ext', '-days', '365');
  sign('soon.pem', 'server.ext', '-days', '30');
  sign('client.pem', 'client.ext', '-days', '365');
  run(
    'ca',
    '-config',
    'ca.cnf',
    '-batch',
    '-preserveDN',
    '-notext',
    '-in',
    'server.csr',
    '-cert',
    'ca.pem',
    '-keyfile',
    'ca.key',
    '-out',
    'expired.pem',
    '-extfile',
    'server.ext',
    '-startdate',
    '20200101000000Z',
    '-enddate',
    '20210101000000Z',
  );
  run('x509', '-in', 'valid.pem', '-outform', 'DER', '-out', 'valid.der');
  run(
    'req',
    '-x509',
    '-key',
    'server.key',
    '-out',
    'self.pem',
    '-subj',
    SUBJECT,
    '-days',
    '365',
    '-addext',
    'extendedKeyUsage=serverAuth',
    '-addext',
    'subjectAltName=DNS:smtp.ch-xyz.fr',
  );
  run(
    'pkcs12',
    '-export',
    '-in',
    'valid.pem',
    '-inkey',
    'server.key',
    '-out',
    'bundle.p12',
    '-passout',
    'pass:secret',
  );
  run('pkcs8', '-topk8', '-in', 'server.key', '-out', 'encrypted.key', '-passout', 'pass:x');

  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  write('chain.pem', read('valid.pem') + read('ca.pem'));
  write('with-key.pem', read('valid.pem') + read('server.key'));

  return {
    dir,
    file: (name) => readFileSync(join(dir, name)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
