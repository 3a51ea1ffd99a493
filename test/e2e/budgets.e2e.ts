import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/browser/budgets.mjs';
import { moduleGraphBytes, popupEntry } from '../../bench/browser/sizes.mjs';
import { builtExtension } from './launch.mjs';

/**
 * What every user downloads and runs, against the budgets of issue 8: the content script
 * that runs on each official page and the popup's code. Sizes are deterministic, so they
 * are checked here, on the build; timings are only measured (`npm run bench`).
 */

const KB = 1000;
const kb = (bytes: number) => Math.round((bytes / KB) * 100) / 100;

describe('the shipped sizes', () => {
  it('keeps the always-on content script within its budget', () => {
    const file = path.join(builtExtension(), 'content-scripts', 'annexe1.js');
    const size = kb(statSync(file).size);
    const budget = BUDGETS.contentScriptKB?.max ?? 0;

    expect(
      size,
      `content-scripts/annexe1.js is ${size} KB, over its ${budget} KB`,
    ).toBeLessThanOrEqual(budget);
  });

  it('keeps the popup and the chunks it loads within their budget', () => {
    const dir = builtExtension();
    const { bytes, files } = moduleGraphBytes(dir, popupEntry(dir));
    const budget = BUDGETS.popupKB?.max ?? 0;

    expect(
      kb(bytes),
      `the popup loads ${kb(bytes)} KB (${files.join(', ')}), over ${budget} KB`,
    ).toBeLessThanOrEqual(budget);
  });
});
