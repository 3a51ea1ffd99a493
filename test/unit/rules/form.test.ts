import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../lib/annexe1/fields';
import { checkForm, loadRuleData } from '../../../lib/rules/index';
import { formWith, VALID_FORM } from './fixtures';
import { expectFinding } from './helpers';

const PARTS = {
  'certificate.dn': undefined,
  'certificate.cn': 'cpsure.ghpsj.fr',
  'certificate.ou': '1750000523',
  'certificate.o': 'GH PARIS SITE SAINT JOSEPH',
  'certificate.st': 'Paris',
  'certificate.stCode': '75',
  'certificate.c': 'FR',
} as const;

const REDIRECTION = {
  'dns.delegation': false,
  'dns.primary': undefined,
  'dns.secondary': undefined,
  'dns.redirection': true,
  'dns.mailServer': 'mx.ghpsj.fr',
} as const;

beforeAll(async () => {
  await loadRuleData();
});

describe('checkForm', () => {
  it('says nothing of a complete, valid declaration', () => {
    expect(checkForm(VALID_FORM)).toEqual([]);
  });

  it('accepts the DN in parts and the redirection method', () => {
    expect(checkForm(formWith({ ...PARTS, ...REDIRECTION }))).toEqual([]);
  });

  it.each<[FieldKey]>([
    ['operator.name'],
    ['operator.structureId'],
    ['legalRep.fullName'],
    ['legalRep.address'],
    ['legalRep.phone'],
    ['legalRep.email'],
    ['projectLead.fullName'],
    ['projectLead.phone'],
    ['projectLead.email'],
    ['publicProject.phone'],
    ['publicProject.email'],
    ['publicTech.phone'],
    ['publicTech.email'],
    ['domain.name'],
    ['domain.description'],
    ['signature.date'],
    ['signature.fullName'],
  ])('requires %s', (key) => {
    expectFinding(checkForm(formWith({ [key]: '  ' })), key, 'required', 'error', 'renseignez-le');
  });

  it('requires the certificate DN, whole or in parts', () => {
    const findings = checkForm(formWith({ 'certificate.dn': '' }));
    expectFinding(findings, 'certificate.dn', 'required', 'error', 'en entier ou par parties');
  });

  it('requires every part once one is given, the department code included', () => {
    const findings = checkForm(
      formWith({ ...PARTS, 'certificate.o': '', 'certificate.stCode': '' }),
    );
    expectFinding(findings, 'certificate.o', 'required', 'error', 'renseignez-le');
    expectFinding(findings, 'certificate.stCode', 'required', 'error', 'renseignez-le');
  });

  it('requires only identity, contacts, domain, date and signatory for a withdrawal', () => {
    const findings = checkForm(
      formWith({
        'withdrawal.requested': true,
        'certificate.dn': '',
        'dns.delegation': false,
        'dns.primary': '',
        'dns.secondary': '',
      }),
    );
    expect(findings).toEqual([]);
  });

  it('requires a DNS method', () => {
    const findings = checkForm(formWith({ 'dns.delegation': false }));
    expectFinding(findings, 'dns.delegation', 'dns-method', 'error', 'choisissez');
  });

  it('refuses both DNS methods at once', () => {
    const findings = checkForm(formWith({ 'dns.redirection': true, 'dns.mailServer': 'mx.a.fr' }));
    expectFinding(findings, 'dns.delegation', 'dns-method', 'error', 'pas les deux');
  });

  it.each<[FieldKey]>([['dns.primary'], ['dns.secondary']])(
    'requires %s for a delegation',
    (key) => {
      const findings = checkForm(formWith({ [key]: '' }));
      expectFinding(findings, key, 'dns-server-missing', 'error', 'la méthode choisie');
    },
  );

  it('warns when primary and secondary are the same server', () => {
    const findings = checkForm(formWith({ 'dns.secondary': 'NS1.ghpsj.fr.' }));
    expectFinding(
      findings,
      'dns.secondary',
      'dns-same-servers',
      'warning',
      'deux serveurs distincts',
    );
  });

  it('requires the mail server for a redirection', () => {
    const findings = checkForm(formWith({ ...REDIRECTION, 'dns.mailServer': '' }));
    expectFinding(findings, 'dns.mailServer', 'dns-server-missing', 'error', 'la méthode choisie');
  });

  it('names, without checking, the servers of the method not chosen', () => {
    const findings = checkForm(formWith({ 'dns.mailServer': 'mx_bad' }));
    expectFinding(findings, 'dns.mailServer', 'dns-unused', 'info', 'sera ignoré');
    expect(findings).toHaveLength(1);
  });

  it('warns of name servers inside the delegated zone', () => {
    const findings = checkForm(formWith({ 'dns.primary': 'ns1.ghpsj.mssante.fr' }));
    expectFinding(findings, 'dns.primary', 'dns-glue', 'warning', 'enregistrements de colle');
  });

  it.each<[FieldKey]>([['techLead.phone'], ['techLead.email']])(
    'requires %s once the technical lead is started',
    (key) => {
      const findings = checkForm(formWith({ 'techLead.fullName': 'Petit Luc' }));
      expectFinding(findings, key, 'contact-incomplete', 'error', 'nom, téléphone et courriel');
    },
  );

  it('accepts a complete technical lead', () => {
    const lead = {
      'techLead.fullName': 'Petit Luc',
      'techLead.phone': '01 44 12 34 02',
      'techLead.email': 'luc.petit@ghpsj.fr',
    };
    expect(checkForm(formWith(lead))).toEqual([]);
  });

  it('warns when the OU is not the structure’s identifier and no editor is named', () => {
    const findings = checkForm(formWith({ 'operator.structureId': '1690781810' }));
    expectFinding(findings, 'certificate.dn', 'ou-differs', 'warning', 'nommez-le');
  });

  it('accepts another OU when a connector editor is named', () => {
    const form = formWith({ 'operator.structureId': '1690781810', 'connectorEditor.name': 'X' });
    expect(checkForm(form)).toEqual([]);
  });

  it('compares the OU with a bare identifier in its prefixed form', () => {
    const findings = checkForm(formWith({ 'operator.structureId': '750000523' }));
    expect(findings.map((finding) => finding.code)).toEqual(['id-bare']);
  });

  it('warns when the whole DN and its parts disagree', () => {
    const findings = checkForm(
      formWith({
        ...PARTS,
        'certificate.dn': VALID_FORM['certificate.dn'],
        'certificate.o': 'AUTRE',
      }),
    );
    expectFinding(findings, 'certificate.dn', 'dn-parts-differ', 'warning', '(O)');
  });

  it('accepts a whole DN and parts that agree, case and spacing aside', () => {
    const parts = { ...PARTS, 'certificate.cn': 'CPSURE.ghpsj.fr', 'certificate.st': 'Paris(75)' };
    const form = formWith({ ...parts, 'certificate.dn': VALID_FORM['certificate.dn'] });
    expect(checkForm(form).filter((finding) => finding.code === 'dn-parts-differ')).toEqual([]);
  });
});
