// What a PDF page shows at a point: the areas (vector fills, images, stencil
// masks) painted there composited in paint order, each with its opacity, its
// blend mode and the soft mask in force when it was painted. A white box with
// the Multiply blend mode leaves the text under it readable; the same box in
// Normal or Screen mode hides it; a shape painted through a soft mask that is
// black where the text is paints nothing there.
import { type ImageInk, pixelAt, type Rgb, unitPoint } from "./pdf-image-ink";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A soft mask (an SMask in an ExtGState): its group's content decides how much of what is painted through it shows. */
export interface SoftMask {
  /** Luminosity masks use the brightness of their content; alpha masks its coverage. */
  luminosity: boolean;
  /** The mask's colour where its content paints nothing (its /BC, black by default). */
  backdrop: Rgb;
  areas: Area[];
}

/** Blend modes whose result can be computed per channel; any other mode makes the colour unknown. */
export type Blend = "normal" | "multiply" | "screen" | "darken" | "lighten" | "other";

export interface Area extends Box {
  /** Index of the painting operator in the page's operator list. */
  op: number;
  /** Fill colour of a vector area or a stencil mask; null for images and for unknown colours (patterns). */
  fill: Rgb | null;
  image: ImageInk | null;
  /** Constant opacity of a vector fill (images carry theirs in `image.alpha`). */
  alpha: number;
  blend: Blend;
  mask: SoftMask | null;
}

export const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
// Coverage from which a point counts as painted by one area alone.
const OPAQUE = 0.95;

export function contains(a: Box, x: number, y: number): boolean {
  return x >= a.x0 && x <= a.x1 && y >= a.y0 && y <= a.y1;
}

export function blendMode(value: unknown): Blend {
  const name = typeof value === "string" ? value.toLowerCase() : "normal";
  if (name === "normal" || name === "compatible" || name === "source-over") return "normal";
  if (name === "multiply" || name === "screen" || name === "darken" || name === "lighten") return name;
  return "other";
}

function blendChannel(mode: Blend, under: number, src: number): number {
  switch (mode) {
    case "multiply":
      return (under * src) / 255;
    case "screen":
      return under + src - (under * src) / 255;
    case "darken":
      return Math.min(under, src);
    case "lighten":
      return Math.max(under, src);
    default:
      return src;
  }
}

/** `src` painted with coverage `alpha` and blend mode `mode` over `under`; null for a mode that cannot be computed. */
export function composite(under: Rgb, src: Rgb, alpha: number, mode: Blend): Rgb | null {
  if (mode === "other") return null;
  const a = Math.max(0, Math.min(1, alpha));
  return [0, 1, 2].map((i) => {
    const u = under[i] ?? 0;
    return blendChannel(mode, u, src[i] ?? 0) * a + u * (1 - a);
  }) as Rgb;
}

/** How much of what is painted through the mask shows at a point (0–1); null when the mask's content is unknown there. */
export function maskValue(mask: SoftMask, x: number, y: number): number | null {
  if (!mask.luminosity) {
    let cover = 0;
    for (const a of mask.areas) if (contains(a, x, y)) cover = Math.max(cover, a.alpha);
    return cover;
  }
  const c = colourAt(mask.areas, x, y, Number.POSITIVE_INFINITY, mask.backdrop);
  return c ? (0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]) / 255 : null;
}

/** An area's colour and coverage at a point; coverage 0 outside an image, null when unknown. */
function source(a: Area, x: number, y: number): { colour: Rgb; cover: number } | null {
  let colour = a.fill;
  let cover = a.alpha;
  if (a.image) {
    const at = unitPoint(a.image, x, y);
    if (!at) return { colour: BLACK, cover: 0 };
    const px = pixelAt(a.image, at);
    if (!px) return null;
    colour = a.image.stencil ?? [px[0], px[1], px[2]];
    cover = px[3];
  }
  if (!colour) return null;
  if (a.mask) {
    const m = maskValue(a.mask, x, y);
    if (m === null) return null;
    cover *= m;
  }
  return { colour, cover };
}

/** What the page shows at a point once area `a` is painted over `under`; null when that cannot be known. */
export function paintOver(a: Area, x: number, y: number, under: Rgb): Rgb | null {
  const s = source(a, x, y);
  return s ? composite(under, s.colour, s.cover, a.blend) : null;
}

/** The colour shown at a point before operator `before`: the areas there composited over `base`; null when unknown. */
export function colourAt(areas: readonly Area[], x: number, y: number, before: number, base: Rgb = WHITE): Rgb | null {
  for (let k = areas.length - 1; k >= 0; k--) {
    const a = areas[k];
    if (!a || a.op >= before || !contains(a, x, y)) continue;
    // The common case, an opaque plain fill, needs no compositing.
    if (!a.image && !a.mask && a.fill && a.alpha >= OPAQUE && a.blend === "normal") return a.fill;
    const s = source(a, x, y);
    if (!s) return null;
    if (s.cover <= 0) continue;
    if (s.cover >= OPAQUE && a.blend === "normal") return s.colour;
    const under = colourAt(areas, x, y, a.op, base);
    return under ? composite(under, s.colour, s.cover, a.blend) : null;
  }
  return base;
}
