import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_KEYS, type FormValues } from '../../../lib/annexe1/fields';
import { type Attribute, formatDn, parseDn } from '../../../lib/rules/dn';
import { checkField, checkForm, loadRuleData } from '../../../lib/rules/index';
import { parseFindings } from '../../../lib/rules/schema';
import { VALID_FORM } from './fixtures';

const RUNS = 10_000;
/** Generous: 10,000 runs take about a second, but a loaded CI machine must not fail them. */
const SLOW = { timeout: 60_000 };

/** Strings of the characters the rules branch on, so that runs reach past the first test. */
const tricky = (characters: string, maxLength = 40) =>
  fc.string({ unit: fc.constantFrom(...characters), maxLength });
/** UTF-16 code units one by one: unpaired surrogates and control characters included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  maxLength: 40,
});
const dnLike = fc
  .tuple(
    fc.array(
      fc.tuple(fc.constantFrom('CN', 'OU', 'O', 'ST', 'C', 'L', ' cn '), tricky('a1 ,="\\#+/()é')),
      {
        maxLength: 7,
      },
    ),
    fc.constantFrom(',', ', ', '/'),
    fc.constantFrom('', '/', 'subject='),
  )
  .map(([pairs, separator, start]) => start + pairs.map(([t, v]) => `${t}=${v}`).join(separator));

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  codeUnits,
  tricky('aZ09.-_ @/:é'),
  tricky('0123456789 +().-/A'),
  tricky('0123456789/.-'),
  dnLike,
  fc.constantFrom(...Object.values(VALID_FORM).filter((v) => typeof v === 'string')),
);
const anyValue = fc.oneof(
  text,
  text,
  fc.boolean(),
  fc.constantFrom(undefined, null),
  fc.anything({ maxDepth: 2 }),
);
const anyForm = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELD_KEYS), anyValue) as fc.Arbitrary<FormValues>,
  fc.record(Object.fromEntries(FIELD_KEYS.map((key) => [key, anyValue])), {
    requiredKeys: [],
  }) as fc.Arbitrary<FormValues>,
  fc.anything({ maxDepth: 2 }) as fc.Arbitrary<FormValues>,
);

/** The few other fields a field's rules look at: cheaper to draw than a whole form. */
const fewFields = fc.dictionary(fc.constantFrom(...FIELD_KEYS), anyValue, {
  maxKeys: 4,
}) as fc.Arbitrary<FormValues>;

beforeAll(async () => {
  await loadRuleData();
});

describe('checkField never throws', SLOW, () => {
  it.each(FIELD_KEYS.map((key) => [key]))('on any value of %s', (key) => {
    fc.assert(
      fc.property(anyValue, fc.option(fewFields), (value, form) => {
        const findings = checkField(key, value, form ?? undefined);
        expect(parseFindings(findings)).toBeDefined();
        expect(findings.every((finding) => finding.field === key)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('checkForm never throws', SLOW, () => {
  it('on any record, whatever its keys and values', () => {
    fc.assert(
      fc.property(anyForm, (form) => {
        expect(parseFindings(checkForm(form))).toBeDefined();
      }),
      { numRuns: RUNS },
    );
  });
});

const attributeType = fc
  .oneof(
    fc.constantFrom('CN', 'OU', 'O', 'ST', 'C', 'L'),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,6}$/),
    fc.stringMatching(/^\d{1,3}(\.\d{1,3}){0,3}$/),
  )
  // A first attribute named "subject" reads as OpenSSL's `subject=` prefix; none exists.
  .filter((type) => type.toLowerCase() !== 'subject');
const attributes: fc.Arbitrary<Attribute[]> = fc.array(
  fc.record({ type: attributeType, value: fc.oneof(codeUnits, tricky(' ,+"\\#;<>=\t/a')) }),
  { minLength: 1, maxLength: 6 },
);

describe('DN parse and format', SLOW, () => {
  it('format → parse gives back every attribute, whatever its value', () => {
    fc.assert(
      fc.property(attributes, (dn) => {
        expect(parseDn(formatDn(dn))).toEqual({
          ok: true,
          dn: { style: 'rfc4514', attributes: dn },
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('parse → format → parse is stable on any DN-like text', () => {
    fc.assert(
      fc.property(dnLike, (written) => {
        const parsed = parseDn(written);
        if (!parsed.ok) return;
        const again = parseDn(formatDn(parsed.dn.attributes));
        expect(again.ok && again.dn.attributes).toEqual(parsed.dn.attributes);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('huge and hostile values', SLOW, () => {
  const megabyte = 1024 * 1024;
  const values = [
    'a'.repeat(megabyte),
    ' '.repeat(megabyte),
    'a.'.repeat(megabyte / 2),
    '(\\,"='.repeat(megabyte / 5),
    `CN=${'\\C3\\A9'.repeat(megabyte / 6)}`,
    '<script>alert(1)</script>\u0000\u202e\ud800',
  ];

  it.each(values.map((value, index) => [index, value]))(
    'are checked in every field (#%i)',
    (_, value) => {
      for (const key of FIELD_KEYS) expect(Array.isArray(checkField(key, value))).toBe(true);
      const form = Object.fromEntries(FIELD_KEYS.map((key) => [key, value]));
      expect(Array.isArray(checkForm(form))).toBe(true);
    },
  );
});
