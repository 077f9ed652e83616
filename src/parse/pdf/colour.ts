import { isNum } from './matrix.js';

/** Every colour component above this is white paper colour, not a border. */
export const WHITE = 0.95;

/** Components in 0..1 of a colour argument list, or undefined when it does not say. */
export function components(args: ArrayLike<unknown>): number[] | undefined {
  const first = args[0];
  if (typeof first === 'string') {
    // pdfjs 5: one "#rrggbb" for every colour operator.
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(first);
    return m ? [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) : undefined;
  }
  const nums: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (!isNum(v)) return undefined;
    nums.push(v);
  }
  return nums.length > 0 ? nums : undefined;
}

/**
 * Whether a colour is ink (anything but white): raw gray, RGB (0..1, or 0..255 bytes as older
 * pdfjs sent them) or CMYK. A colour it cannot read (a pattern) counts as ink: a line of unknown
 * colour is likelier a border than paper.
 */
export function isInk(args: ArrayLike<unknown>, space: 'gray' | 'rgb' | 'cmyk' | 'any'): boolean {
  const c = components(args);
  if (!c) return true;
  const kind = space !== 'any' ? space : c.length === 1 ? 'gray' : c.length === 4 ? 'cmyk' : 'rgb';
  if (kind === 'cmyk') {
    const [cy = 0, m = 0, y = 0, k = 0] = c;
    return !((1 - cy) * (1 - k) > WHITE && (1 - m) * (1 - k) > WHITE && (1 - y) * (1 - k) > WHITE);
  }
  const scaled = kind === 'rgb' && c.some((v) => v > 1) ? c.map((v) => v / 255) : c;
  return !scaled.every((v) => v > WHITE);
}
