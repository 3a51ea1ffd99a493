import { afterEach, describe, expect, it } from 'vitest';
import { checkField, setWhitelist } from '../../../lib/rules/index';
import { expectFieldFinding } from './helpers';

const WITHDRAWAL = { 'withdrawal.requested': true } as const;

describe('the domain', () => {
  afterEach(() => setWhitelist(null));

  it('warns of a domain outside mssante.fr', () => {
    expectFieldFinding(
      'domain.name',
      'mss.ch-x.fr',
      'domain-not-mssante',
      'warning',
      'vérifiez le nom',
    );
  });

  it('accepts a sub-domain of mssante.fr', () => {
    expect(checkField('domain.name', 'ch-x.mssante.fr')).toEqual([]);
  });

  it('rejects mssante.fr itself, whatever its case or final dot', () => {
    expectFieldFinding(
      'domain.name',
      'mssante.fr',
      'domain-is-mssante',
      'error',
      'déclarez un sous-domaine',
    );
    expect(checkField('domain.name', 'MSSante.fr.').map((f) => f.code)).toContain(
      'domain-is-mssante',
    );
  });

  it('adds the host-name rules, with capitals as a warning', () => {
    expectFieldFinding('domain.name', 'ch_x.mssante.fr', 'host-invalid-char', 'error', '« _ »');
  });

  it('notes a domain already listed, for a new declaration', () => {
    setWhitelist(['ch-x.mssante.fr']);
    expectFieldFinding(
      'domain.name',
      'ch-x.mssante.fr',
      'domain-listed',
      'info',
      'un serveur de plus',
    );
  });

  it('says nothing of an unlisted domain in a new declaration', () => {
    setWhitelist(['ch-x.mssante.fr']);
    expect(checkField('domain.name', 'ch-y.mssante.fr', {})).toEqual([]);
  });

  it('warns when the domain to withdraw is not listed', () => {
    setWhitelist(['ch-x.mssante.fr']);
    expectFieldFinding(
      'domain.name',
      'ch-y.mssante.fr',
      'domain-not-listed',
      'warning',
      'vérifiez le nom du domaine à retirer',
      WITHDRAWAL,
    );
  });

  it('accepts the withdrawal of a listed domain, matched case-free', () => {
    setWhitelist([' CH-X.mssante.fr ']);
    expect(checkField('domain.name', 'ch-x.mssante.fr', WITHDRAWAL)).toEqual([]);
  });

  it('leaves the whitelist rules silent until a whitelist is given', () => {
    expect(checkField('domain.name', 'ch-y.mssante.fr', WITHDRAWAL)).toEqual([]);
  });
});
