// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAnnexe1 } from '@/lib/html/detect';
import { FIXTURES_DIR } from '../paths';

const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'annexe1.expected.json'), 'utf8'))
  .html as Record<string, string>;

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('detectAnnexe1 on the word-processor export', () => {
  it('maps every input to its key', () => {
    const page = detectAnnexe1(load(readFileSync(join(FIXTURES_DIR, 'annexe1.html'), 'utf8')));
    const mapped = Object.fromEntries(
      [...(page?.fields ?? [])].map(([key, control]) => [control.name, key]),
    );
    expect(mapped).toEqual(expected);
  });
});
