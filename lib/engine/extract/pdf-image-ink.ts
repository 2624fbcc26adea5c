// The pixels of the raster images a PDF page paints, read where text lies on
// or under them: white text over a white photo, or dark text over a dark one,
// is as unreadable as white text on a white page, and an opaque image painted
// after text hides it while a transparent part of a logo does not.
//
// pdf.js decodes every image of the page while it builds the operator list
// and hands the pixels to `page.objs` (or `page.commonObjs` for images shared
// between pages); only the images some text overlaps are waited for.

export type Rgb = [number, number, number];
export type Matrix = [number, number, number, number, number, number];
/** Red, green, blue (0–255) and coverage (0–1) of one point of an image. */
export type Rgba = [number, number, number, number];

/** Decoded image data as pdf.js hands it over (`ImageKind` in pdfjs-dist). */
export interface ImagePixels {
  width: number;
  height: number;
  /** 1: 1 bit per pixel grey, 2: RGB, 3: RGBA. */
  kind: number;
  data: ArrayLike<number>;
}

export interface ImageInk {
  /** pdf.js object id of an XObject image; null for an inline image. */
  id: string | null;
  /** Null until resolved, and when pdf.js could not decode the image. */
  pixels: ImagePixels | null;
  /** Maps the image's unit square onto the page. */
  matrix: Matrix;
  /** Constant fill opacity the image was painted with. */
  alpha: number;
  /** For a stencil mask (/ImageMask): the fill colour it paints where its bits are 0; its pixels are 1-bit. */
  stencil?: Rgb | null;
}

const KIND = { grey1: 1, rgb: 2, rgba: 3 } as const;

export function asPixels(value: unknown): ImagePixels | null {
  const v = value as Partial<ImagePixels> | null;
  if (!v || typeof v !== "object" || !v.data || typeof v.data.length !== "number") return null;
  const { width, height, kind } = v;
  if (typeof width !== "number" || typeof height !== "number" || width < 1 || height < 1) return null;
  if (kind !== KIND.grey1 && kind !== KIND.rgb && kind !== KIND.rgba) return null;
  const bytes = kind === KIND.grey1 ? Math.ceil(width / 8) * height : width * height * (kind === KIND.rgb ? 3 : 4);
  return v.data.length >= bytes ? (v as ImagePixels) : null;
}

function readPixel(p: ImagePixels, col: number, row: number): Rgba {
  if (p.kind === KIND.grey1) {
    const byte = p.data[row * Math.ceil(p.width / 8) + (col >> 3)] ?? 0;
    const v = (byte >> (7 - (col & 7))) & 1 ? 255 : 0;
    return [v, v, v, 1];
  }
  const size = p.kind === KIND.rgb ? 3 : 4;
  const at = (row * p.width + col) * size;
  const alpha = size === 4 ? (p.data[at + 3] ?? 255) / 255 : 1;
  return [p.data[at] ?? 0, p.data[at + 1] ?? 0, p.data[at + 2] ?? 0, alpha];
}

/** Where a page point falls in the image's unit square; null when outside the image. */
export function unitPoint(image: ImageInk, x: number, y: number): [number, number] | null {
  const [a, b, c, d, e, f] = image.matrix;
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-9) return null;
  const u = (d * (x - e) - c * (y - f)) / det;
  const v = (a * (y - f) - b * (x - e)) / det;
  return u < 0 || u > 1 || v < 0 || v > 1 ? null : [u, v];
}

/** The image's colour at a point of its unit square; null when its pixels are unknown. */
export function pixelAt(image: ImageInk, [u, v]: [number, number]): Rgba | null {
  const p = image.pixels;
  if (!p) return null;
  // Row 0 of the data is the top of the image, v = 1 of its unit square.
  const col = Math.min(p.width - 1, Math.floor(u * p.width));
  const row = Math.min(p.height - 1, Math.floor((1 - v) * p.height));
  const px = readPixel(p, col, row);
  // A stencil paints its colour where a sample is 0 and leaves the page alone where it is 1.
  if (image.stencil) return [...image.stencil, px[0] === 0 ? image.alpha : 0];
  px[3] *= image.alpha;
  return px;
}

interface ObjectStore {
  has(id: string): boolean;
  get(id: string, callback: (data: unknown) => void): unknown;
}

/** Where pdf.js keeps the decoded images of a page. */
export interface ImageObjects {
  objs: ObjectStore;
  commonObjs: ObjectStore;
}

export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlaps(a: Region, b: Region): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The decoded pixels of one image, or null when pdf.js has none for it within `waitMs`. */
function fetchPixels(store: ImageObjects, id: string, stencil: boolean, waitMs: number): Promise<ImagePixels | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), Math.max(0, waitMs));
    try {
      const objects = store.commonObjs.has(id) ? store.commonObjs : store.objs;
      objects.get(id, (data) => {
        clearTimeout(timer);
        // pdf.js hands a stencil's bits over without a kind: they are 1 bit per pixel.
        resolve(asPixels(stencil && data && typeof data === "object" ? { ...data, kind: KIND.grey1 } : data));
      });
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
}

/**
 * Fills in the pixels of the images that some text overlaps; other images are
 * never waited for. An image whose pixels cannot be had keeps `pixels: null`.
 */
export async function resolveImagePixels(
  store: ImageObjects,
  areas: readonly (Region & { image?: ImageInk | null })[],
  text: readonly Region[],
  waitMs: number,
): Promise<void> {
  const wanted = areas.filter((a) => a.image?.id && !a.image.pixels && text.some((t) => overlaps(a, t)));
  const byId = new Map<string, Promise<ImagePixels | null>>();
  for (const a of wanted) {
    const id = a.image?.id as string;
    if (!byId.has(id)) byId.set(id, fetchPixels(store, id, !!a.image?.stencil, waitMs));
  }
  for (const a of wanted) if (a.image) a.image.pixels = await (byId.get(a.image.id as string) ?? null);
}
