import { describe, expect, it } from 'vitest';
import { chunksOf, linesOf, segmentsOf } from '@/lib/pdf/layout';

const run = (text: string, x = 0, y = 100, width = text.length * 4) => ({
  text,
  x,
  y,
  width,
  size: 8,
});
const parts = (text: string) =>
  segmentsOf(run(text)).map((segment) => (segment.leader ? '…' : segment.text.trim()));

describe('segmentsOf', () => {
  it.each([
    ['a label and its dots', 'Primaire : ……………………………', ['Primaire :', '…']],
    ['two blanks on one line', 'Tél ..........Courriel ..........', ['Tél', '…', 'Courriel', '…']],
    ['the DN’s blanks', 'CN=………,OU=………,C=……', ['CN=', '…', ',OU=', '…', ',C=', '…']],
    ['a code in parentheses', 'ST=……… (……)', ['ST=', '…', '(', '…', ')']],
    ['underscores', 'Date ____________', ['Date', '…']],
    ['an ellipsis in a sentence', 'Pour plus d’information...', ['Pour plus d’information...']],
  ])('cuts %s at its leaders', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('places a leader by the widths of the characters before it', () => {
    const [label, dots] = segmentsOf({ text: 'MMMM........', x: 10, y: 0, width: 1000, size: 8 });
    // Four M (833 each) then eight dots (278 each): the dots start three fifths in.
    expect(label?.right).toBeCloseTo(dots?.x ?? 0);
    expect(dots?.x).toBeCloseTo(10 + (1000 * 4 * 833) / (4 * 833 + 8 * 278));
  });
});

describe('linesOf and chunksOf', () => {
  it('groups runs on one baseline and parts phrases at wide gaps', () => {
    const lines = linesOf([
      run('Nom', 40, 700, 14),
      run('Prénom', 56, 700, 26),
      run('Coordonnées du chef de projet', 300, 701, 120),
      run('Téléphone', 40, 680, 38),
    ]);

    expect(lines.map((line) => chunksOf(line).map((chunk) => chunk.text))).toEqual([
      ['Nom Prénom', 'Coordonnées du chef de projet'],
      ['Téléphone'],
    ]);
  });
});
