import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '@/lib/i18n/tables';
import { FONT_PATH } from '@/lib/pdf/font';
import { REPO_ROOT } from '../paths';

const font = fontkit.create(readFileSync(join(REPO_ROOT, 'public', FONT_PATH)));

/** What French forms hold and what users paste into them. */
const FRENCH =
  'àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ’‘“”«»‹›…–—‐‑−€°№™•·' +
  '\u00a0\u202f\u2009\u2007\u200a\u2002\u2003';

describe('the embedded font', () => {
  it('covers French letters, typography and the spaces users paste', () => {
    const missing = [...FRENCH].filter(
      (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
    );
    expect(missing).toEqual([]);
  });

  it('covers every character of the French messages', () => {
    const text = Object.values(messagesOf('fr')).join('');
    const missing = [...new Set(text)].filter(
      (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
    );
    expect(missing).toEqual([]);
  });

  it('is the cut-down DejaVu Sans, well under the whole font’s 757 KB', () => {
    expect(font.postscriptName).toBe('DejaVuSans');
    expect(readFileSync(join(REPO_ROOT, 'public', FONT_PATH)).length).toBeLessThan(100_000);
  });
});
