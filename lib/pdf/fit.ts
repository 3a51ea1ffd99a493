import { layoutMultilineText, type PDFFont, TextAlignment } from 'pdf-lib';

/**
 * Choosing a font size so that a value fits its blank: the largest size up to the blank's
 * own, down to a floor below which print is unreadable. Text is shrunk, never cut.
 */

/** Below this size (points) a value no longer counts as fitting: a warning says so. */
export const MIN_FONT_SIZE = 5;
/** A field that leaves the size to the viewer (`0 Tf`) gets at most this. */
export const DEFAULT_FONT_SIZE = 10;

export interface Box {
  width: number;
  height: number;
}

/** A font size, and whether the value fits at it (when not, the size is the floor). */
export interface Fit {
  size: number;
  fits: boolean;
}

const floorTenth = (size: number) => Math.floor(size * 10) / 10;

/**
 * The size at which one line of text fits a box: as wide and as tall as the box allows.
 *
 * @example fitLine('ns1.ch-xyz.fr', font, { width: 60, height: 8 }, 10).fits
 */
export function fitLine(text: string, font: PDFFont, box: Box, max: number): Fit {
  const width = font.widthOfTextAtSize(text, 1);
  const height = font.heightAtSize(1);
  const size = floorTenth(Math.min(max, width > 0 ? box.width / width : max, box.height / height));
  return size >= MIN_FONT_SIZE ? { size, fits: true } : { size: MIN_FONT_SIZE, fits: false };
}

/**
 * The size at which text fits a multi-line box, wrapped as pdf-lib lays out a multiline
 * field's appearance (its line breaks kept, long lines broken at spaces).
 */
export function fitLines(text: string, font: PDFFont, box: Box, max: number): Fit {
  const bounds = { x: 0, y: 0, ...box };
  for (let size = floorTenth(max); size >= MIN_FONT_SIZE; size -= 0.25) {
    const layout = layoutMultilineText(text, {
      alignment: TextAlignment.Left,
      fontSize: size,
      font,
      bounds,
    });
    if (layout.bounds.y >= 0 && layout.lines.every((line) => line.width <= box.width + 0.01)) {
      return { size, fits: true };
    }
  }
  return { size: MIN_FONT_SIZE, fits: false };
}

/**
 * A multi-line value on one line, for a blank that has only one: lines joined by « , »
 * (or a space after a line already ending in punctuation).
 *
 * @example foldLines('12 rue des Lilas\n67000 Strasbourg') // '12 rue des Lilas, 67000 Strasbourg'
 */
export function foldLines(text: string): string {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.reduce((joined, line) => {
    if (joined === '') return line;
    return /[,;:]$/.test(joined) ? `${joined} ${line}` : `${joined}, ${line}`;
  }, '');
}
