import type { Plugin } from 'vite';

/**
 * Preact can set `innerHTML` from `dangerouslySetInnerHTML`, which this extension never
 * uses (Biome forbids it) and which Firefox's add-on linter flags. This plugin turns that
 * one assignment into `textContent`, so that markup could only ever show as inert text.
 * The build fails if Preact's code changes shape, rather than silently keep the warning.
 */
export function inertHtml(): Plugin {
  const assignment = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;
  return {
    name: 'annexe1:inert-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return undefined;
      if (!assignment.test(code)) {
        throw new Error('inert-html: Preact no longer assigns innerHTML as expected; review it.');
      }
      return { code: code.replace(assignment, '$1.textContent=$2.__html'), map: null };
    },
  };
}
