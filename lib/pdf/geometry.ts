/**
 * Rectangles and matrices in PDF user space: points, origin at the bottom left, y upwards.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The right edge of a rectangle. */
export const right = (rect: Rect): number => rect.x + rect.width;

/** The top edge of a rectangle. */
export const top = (rect: Rect): number => rect.y + rect.height;

/** The rectangle between two corners, in any order. */
export function rectBetween(x1: number, y1: number, x2: number, y2: number): Rect {
  return {
    x: Math.min(x1, x2),
    y: Math.min(y1, y2),
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
  };
}

/** True when `inner` lies within `outer` grown by `margin` on every side. */
export function contains(outer: Rect, inner: Rect, margin = 0): boolean {
  return (
    inner.x >= outer.x - margin &&
    inner.y >= outer.y - margin &&
    right(inner) <= right(outer) + margin &&
    top(inner) <= top(outer) + margin
  );
}

/** The product `m × n` (apply `m` first, then `n`), as PDF's `cm` operator composes. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The bounding box, in the space `matrix` maps to, of a box given in the space it maps from. */
export function transformBox(matrix: Matrix, box: Rect): Rect {
  const corners = [
    [box.x, box.y],
    [right(box), box.y],
    [box.x, top(box)],
    [right(box), top(box)],
  ].map(([x = 0, y = 0]) => [
    matrix[0] * x + matrix[2] * y + matrix[4],
    matrix[1] * x + matrix[3] * y + matrix[5],
  ]);
  const xs = corners.map(([x = 0]) => x);
  const ys = corners.map(([, y = 0]) => y);
  return rectBetween(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
}
