import { describe, expect, it } from 'vitest';
import { checkField, isRuleDataLoaded, loadRuleData } from '../../../lib/rules/index';

// Each test file gets fresh modules: here the data starts unloaded, as in a content script
// whose first check comes before `loadRuleData` resolves. The tests run in order.
const codes = (...args: Parameters<typeof checkField>) => checkField(...args).map((f) => f.code);

describe('before loadRuleData', () => {
  it('starts without the data', () => {
    expect(isRuleDataLoaded()).toBe(false);
  });

  it('flags only the plainly wrong phone numbers', () => {
    expect(codes('legalRep.phone', '01 23 45 67')).toEqual(['phone-invalid']);
    expect(codes('legalRep.phone', 'call me')).toEqual(['phone-invalid']);
    expect(codes('legalRep.phone', '00 00 00 00 00')).toEqual([]);
    expect(codes('legalRep.phone', '+44 20 7946 0958')).toEqual([]);
  });

  it('does not yet flag free webmail addresses', () => {
    expect(codes('publicTech.email', 'incident@gmail.com')).toEqual([]);
  });

  it('checks only the shape of department codes, not the names', () => {
    expect(codes('certificate.stCode', '7')).toEqual(['st-code-unknown']);
    expect(codes('certificate.stCode', '99')).toEqual([]);
    expect(codes('certificate.st', 'Rhône (75)')).toEqual([]);
    expect(codes('certificate.st', 'Paris')).toEqual([]);
  });
});

describe('after loadRuleData', () => {
  it('loads once, however often it is awaited', async () => {
    await Promise.all([loadRuleData(), loadRuleData()]);
    await loadRuleData();
    expect(isRuleDataLoaded()).toBe(true);
  });

  it('checks phone numbers in full', () => {
    expect(codes('legalRep.phone', '00 00 00 00 00')).toEqual(['phone-invalid']);
    expect(codes('legalRep.phone', '+44 20 7946 0958')).toEqual(['phone-foreign']);
  });

  it('flags free webmail addresses', () => {
    expect(codes('publicTech.email', 'incident@gmail.com')).toEqual(['email-webmail']);
  });

  it('looks department codes and names up', () => {
    expect(codes('certificate.stCode', '99')).toEqual(['st-code-unknown']);
    expect(codes('certificate.st', 'Rhône (75)')).toEqual(['st-mismatch']);
  });
});
