import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_MATCHES } from '../../lib/hosts';
import { ALL_SITES, granted } from '../manifest-checks';
import { ROOT } from './launch.mjs';

describe.each(['chrome-mv3', 'firefox-mv2'])('the built %s manifest', (dir) => {
  const file = join(ROOT, '.output', dir, 'manifest.json');

  it('matches the official hosts only and grants no site', () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:firefox.`);
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const matches = manifest.content_scripts.flatMap(
      (script: { matches: string[] }) => script.matches,
    );

    expect(matches.sort()).toEqual([...OFFICIAL_MATCHES].sort());
    for (const pattern of ALL_SITES) expect(granted(manifest)).not.toContain(pattern);
    if (dir === 'chrome-mv3') expect(manifest.browser_specific_settings).toBeUndefined();
  });
});
