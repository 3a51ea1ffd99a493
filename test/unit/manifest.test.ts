import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import { OFFICIAL_MATCHES } from '@/lib/hosts';
import config from '../../wxt.config';
import { ALL_SITES, granted } from '../manifest-checks';

/**
 * The extension asks for no more than it needs: no access to every site, the content
 * script only on the official hosts, any other site on request or once the user allows
 * it; and no Firefox key in the Chrome manifest.
 */

const TARGETS = [
  { browser: 'chrome', manifestVersion: 3 },
  { browser: 'firefox', manifestVersion: 2 },
] as const;

function manifestFor(target: (typeof TARGETS)[number]): UserManifest {
  const env: ConfigEnv = { ...target, mode: 'production', command: 'build' };
  return (config.manifest as (env: ConfigEnv) => UserManifest)(env);
}

describe('the manifest', () => {
  it.each(TARGETS)('grants $browser the official hosts, and no access to every site', (target) => {
    const manifest = manifestFor(target);

    expect(granted(manifest)).toEqual([
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...OFFICIAL_MATCHES,
    ]);
    for (const pattern of ALL_SITES) expect(granted(manifest)).not.toContain(pattern);
  });

  it('lets Chrome ask for one site at a time, as an optional host permission', () => {
    const manifest = manifestFor(TARGETS[0]);

    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('lets Firefox (MV2) ask for one site at a time, among its optional permissions', () => {
    const manifest = manifestFor(TARGETS[1]);

    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('annexe1-mssante@assistant');
  });

  it.each(TARGETS)('gives $browser the shortcuts « Vérifier » and « Remplir »', (target) => {
    expect(manifestFor(target).commands).toEqual({
      'check-page': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_extCommandCheckPage__',
      },
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_extrasCommandFill__',
      },
    });
  });

  it('runs the content script by itself on the three official hosts only', () => {
    expect([...OFFICIAL_MATCHES].sort()).toEqual([
      'https://*.asipsante.fr/*',
      'https://*.esante.gouv.fr/*',
      'https://*.mssante.fr/*',
    ]);
  });
});
