// Text a reader cannot see: white (or background-coloured) fill, fully
// transparent fill, invisible render mode, tiny type, runs placed off the page
// or painted over by a later fill or image. Applicants use it to stuff
// keywords; it must not reach the parsed profile, and is reported instead.
//
// pdf.js's text content carries position and size but not colour or render
// mode; those live in the operator list. Both are produced by walking the same
// content stream in the same order, so the glyphs of the operator list are
// aligned character by character with the text items.
import { asPixels, type ImageInk, type Matrix, pixelAt, type Rgb, unitPoint } from "./pdf-image-ink";
import type { HiddenReason, HiddenTextReport } from "./types";

// pdf.js operator codes (OPS in pdfjs-dist). They have not moved in a decade;
// pdf-hidden.test.ts fails if they ever do.
const OP = {
  save: 10,
  restore: 11,
  transform: 12,
  setGState: 9,
  setTextRenderingMode: 38,
  showText: 44,
  showSpacedText: 45,
  setFillRGBColor: 59,
  setFillTransparent: 93,
  setFillColorN: 55,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  clip: 29,
  eoClip: 30,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  constructPath: 91,
} as const;
const FILL_OPS = new Set([22, 23, 24, 25, 26, 27]);

/** Below this size (points) type is not readable on a printed or rendered page. */
export const MIN_READABLE_FONT_SIZE = 4;
// Channel difference up to which a fill colour counts as the background's (0–255).
const SAME_COLOUR = 32;
const SAMPLE_CHARS = 200;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

type Box = Omit<Area, "op" | "fill" | "image">;

interface GlyphInfo {
  ch: string;
  op: number;
  fill: Rgb | null;
  alpha: number;
  mode: number;
  /** The clipping box in force (page space), null when nothing is clipped. */
  clip: Box | null;
}

interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  op: number;
  /** Fill colour; null for images. */
  fill: Rgb | null;
  image: ImageInk | null;
}

export interface PageInk {
  glyphs: GlyphInfo[];
  areas: Area[];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<number, unknown>;
  const out = [0, 1, 2, 3, 4, 5].map((i) => v[i]);
  return out.every((n) => typeof n === "number" && Number.isFinite(n)) ? (out as Matrix) : null;
}

function boxOf(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const pts = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x = 0, y = 0]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function parseHex(value: unknown): Rgb | null {
  if (typeof value !== "string" || !/^#[0-9a-f]{6}$/i.test(value)) return null;
  return [1, 3, 5].map((i) => Number.parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function gstateAlpha(args: unknown): number | null {
  const entries = Array.isArray(args) ? args[0] : null;
  if (!Array.isArray(entries)) return null;
  for (const e of entries) if (Array.isArray(e) && e[0] === "ca" && typeof e[1] === "number") return e[1];
  return null;
}

interface InkState {
  ctm: Matrix;
  fill: Rgb | null;
  alpha: number;
  mode: number;
  clip: Box | null;
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

/** A path: narrows the clip when a clip is pending, and is a filled area when it is filled with a known, opaque colour. */
function readPath(state: InkState, args: unknown[] | null, op: number, clips: boolean, areas: Area[]): void {
  const mm = args?.[2] as Record<number, number> | undefined;
  if (!mm || !Number.isFinite(mm[0])) return;
  const box = boxOf(state.ctm, mm[0] ?? 0, mm[1] ?? 0, mm[2] ?? 0, mm[3] ?? 0);
  if (clips) state.clip = intersect(state.clip, box);
  if (FILL_OPS.has(args?.[0] as number) && state.alpha > 0.5 && state.fill) areas.push({ ...box, op, fill: state.fill, image: null });
}

/** Images are drawn into the unit square of the current matrix; an XObject's pixels are resolved later, an inline image carries them. */
function imageArea(state: InkState, fn: number, args: unknown[] | null, op: number): Area {
  const inline = fn === OP.paintInlineImageXObject;
  const id = !inline && typeof args?.[0] === "string" ? args[0] : null;
  const image: ImageInk = { id, pixels: inline ? asPixels(args?.[0]) : null, matrix: state.ctm, alpha: state.alpha };
  return { ...boxOf(state.ctm, 0, 0, 1, 1), op, fill: null, image };
}

/** Glyphs in content-stream order with the fill state they were drawn with, and the filled areas and images of the page. */
export function readPageInk(ops: OperatorList): PageInk {
  const glyphs: GlyphInfo[] = [];
  const areas: Area[] = [];
  let state: InkState = { ctm: [1, 0, 0, 1, 0, 0], fill: [0, 0, 0], alpha: 1, mode: 0, clip: null };
  const stack: InkState[] = [];
  // pdf.js emits a clip (W) just before the path it applies to.
  let pendingClip = false;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OP.save:
      case OP.paintFormXObjectBegin:
        stack.push(state);
        state = { ...state };
        if (fn === OP.paintFormXObjectBegin) state.ctm = multiply(state.ctm, asMatrix(args?.[0]) ?? [1, 0, 0, 1, 0, 0]);
        break;
      case OP.restore:
      case OP.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OP.transform:
        state.ctm = multiply(state.ctm, asMatrix(args) ?? [1, 0, 0, 1, 0, 0]);
        break;
      case OP.setFillRGBColor:
        state.fill = parseHex(args?.[0]);
        break;
      case OP.setFillColorN:
      case OP.setFillTransparent:
        // Patterns and shadings: the colour is unknown, never call it hidden.
        state.fill = null;
        break;
      case OP.setGState: {
        const a = gstateAlpha(args);
        if (a !== null) state.alpha = a;
        break;
      }
      case OP.setTextRenderingMode:
        state.mode = typeof args?.[0] === "number" ? args[0] : 0;
        break;
      case OP.showText:
      case OP.showSpacedText:
        for (const g of Array.isArray(args?.[0]) ? args[0] : []) {
          const unicode = (g as { unicode?: unknown } | null)?.unicode;
          if (typeof unicode !== "string") continue;
          for (const ch of unicode.normalize("NFKC").replace(/\s+/g, "")) {
            glyphs.push({ ch, op: i, fill: state.fill, alpha: state.alpha, mode: state.mode, clip: state.clip });
          }
        }
        break;
      case OP.clip:
      case OP.eoClip:
        pendingClip = true;
        break;
      case OP.constructPath:
        readPath(state, args, i, pendingClip, areas);
        pendingClip = false;
        break;
      case OP.paintImageXObject:
      case OP.paintInlineImageXObject:
        areas.push(imageArea(state, fn, args, i));
        break;
    }
  }
  return { glyphs, areas };
}

/** A text item in PDF user space (y grows upwards), as pdf.js reports it. */
export interface InkItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  offPage: boolean;
}

function contains(a: Box, x: number, y: number): boolean {
  return x >= a.x0 && x <= a.x1 && y >= a.y0 && y <= a.y1;
}

function near(a: Rgb, b: Rgb): boolean {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= SAME_COLOUR;
}

const WHITE: Rgb = [255, 255, 255];
// Image coverage from which a point counts as painted by the image alone.
const OPAQUE = 0.95;

/** Where one glyph sits on the page (PDF user space): its horizontal extent, baseline and size. */
interface GlyphBox {
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Points inside the glyph's body where its ink and the background beneath it meet the eye. */
function samplePoints(b: GlyphBox): [number, number][] {
  const w = b.x1 - b.x0;
  const xs = [b.x0 + w * 0.3, b.x0 + w * 0.7];
  const ys = [b.y + b.size * 0.15, b.y + b.size * 0.45];
  return xs.flatMap((x) => ys.map((y): [number, number] => [x, y]));
}

function blend([r, g, b, a]: [number, number, number, number], under: Rgb): Rgb {
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)];
}

/** The colour painted at a point before operator `before`: the topmost fill or image pixel there, the page's white when nothing; null when unknown. */
function colourAt(areas: readonly Area[], x: number, y: number, before: number): Rgb | null {
  for (let k = areas.length - 1; k >= 0; k--) {
    const a = areas[k];
    if (!a || a.op >= before || !contains(a, x, y)) continue;
    if (!a.image) return a.fill;
    const at = unitPoint(a.image, x, y);
    if (!at) continue;
    const px = pixelAt(a.image, at);
    if (!px) return null;
    if (px[3] >= OPAQUE) return [px[0], px[1], px[2]];
    const under = colourAt(areas, x, y, a.op);
    return under ? blend(px, under) : null;
  }
  return WHITE;
}

/** Whether an area painted after the glyph hides it: an opaque fill, or an image that is opaque where the glyph is. */
function hides(a: Area, g: GlyphBox, x: number, y: number): boolean {
  if (!contains(a, x, y) || a.x1 - a.x0 < g.size || a.y1 - a.y0 < g.size * 0.6) return false;
  const image = a.image;
  if (!image) return true;
  if (image.alpha <= 0.5) return false;
  // Pixels pdf.js could not give: an image over text is taken to hide it.
  if (!image.pixels) return true;
  return samplePoints(g).every(([px, py]) => {
    const at = unitPoint(image, px, py);
    return at !== null && (pixelAt(image, at)?.[3] ?? 1) > 0.5;
  });
}

function glyphReason(g: GlyphInfo, box: GlyphBox, areas: readonly Area[]): HiddenReason | null {
  if (g.mode === 3 || g.mode === 7) return "invisible-render-mode";
  if (g.alpha < 0.1) return "transparent";
  const x = (box.x0 + box.x1) / 2;
  const y = box.y + box.size / 3;
  if (g.clip && !contains(g.clip, x, y)) return "clipped";
  // Something opaque painted later over the same spot hides the text beneath it.
  if (areas.some((a) => a.op > g.op && hides(a, box, x, y))) return "covered";
  const fill = g.fill;
  if (!fill) return null;
  // The same colour as what lies beneath it wherever the glyph is drawn: a page, a band, the pixels of an image.
  const same = samplePoints(box).every(([px, py]) => {
    const background = colourAt(areas, px, py, g.op);
    return background !== null && near(fill, background);
  });
  return same ? "background-colour" : null;
}

export interface SplitItem {
  /** The item's readable text (hidden characters removed, "" when all are hidden). */
  visible: string;
  hidden: string;
  reasons: Set<HiddenReason>;
}

/**
 * Splits each item's text into what a reader sees and what they cannot.
 * When the glyphs cannot be aligned with the items (an unusual font mapping)
 * only the item-level tests (size, position) apply.
 */
export function splitHiddenText(items: readonly InkItem[], ink: PageInk | null): SplitItem[] {
  const aligned = ink ? alignGlyphs(items, ink.glyphs) : null;
  const parts = items.map((item, k): SplitItem => {
    const reasons = new Set<HiddenReason>();
    const itemReason: HiddenReason | null = item.offPage ? "off-page" : item.fontSize < MIN_READABLE_FONT_SIZE ? "tiny-font" : null;
    if (itemReason) {
      if (item.str.trim() !== "") reasons.add(itemReason);
      return { visible: "", hidden: item.str, reasons };
    }
    const glyphs = aligned?.perItem[k];
    if (!glyphs || !ink) return { visible: item.str, hidden: "", reasons };
    let visible = "";
    let hidden = "";
    let g = 0;
    const chars = [...item.str];
    const step = item.width / Math.max(1, chars.length);
    for (const [c, ch] of chars.entries()) {
      if (/\s/.test(ch)) {
        visible += ch;
        hidden += ch;
        continue;
      }
      const n = ch.normalize("NFKC").replace(/\s+/g, "").length;
      const info = glyphs[g];
      g += n;
      // Glyph positions are not in the text content: spread the item's width evenly over its characters.
      const box = { x0: item.x + step * c, x1: item.x + step * (c + 1), y: item.y, size: item.fontSize };
      const reason = info ? glyphReason(info, box, ink.areas) : null;
      if (reason) {
        reasons.add(reason);
        hidden += ch;
      } else visible += ch;
    }
    return { visible: visible.replace(/\s{2,}/g, " "), hidden: hidden.trim(), reasons };
  });
  if (aligned?.skipped) parts.push({ visible: "", hidden: aligned.skipped, reasons: new Set(["off-page"]) });
  return parts;
}

// How far ahead an item's glyphs may start: pdf.js leaves glyphs drawn outside the page out of its text content.
const MAX_SKIPPED_GLYPHS = 5_000;

interface Alignment {
  /** Per item, the glyphs its non-space characters came from. */
  perItem: GlyphInfo[][];
  /** Glyphs that reached no item (drawn outside the page's view). */
  skipped: string;
}

function matchesAt(glyphs: readonly GlyphInfo[], at: number, chars: string): boolean {
  let k = at;
  for (const ch of chars) if (glyphs[k++]?.ch !== ch) return false;
  return true;
}

/** Aligns items with glyphs, skipping glyphs no item shows; null when an item's text cannot be found. */
function alignGlyphs(items: readonly InkItem[], glyphs: readonly GlyphInfo[]): Alignment | null {
  const perItem: GlyphInfo[][] = [];
  let skipped = "";
  let g = 0;
  for (const item of items) {
    const chars = [...item.str.normalize("NFKC").replace(/\s+/g, "")].join("");
    if (chars === "") {
      perItem.push([]);
      continue;
    }
    let at = g;
    const limit = Math.min(glyphs.length, g + MAX_SKIPPED_GLYPHS);
    while (at < limit && !matchesAt(glyphs, at, chars)) at++;
    if (at >= limit) return null;
    skipped += glyphs
      .slice(g, at)
      .map((x) => x.ch)
      .join("");
    const n = [...chars].length;
    perItem.push(glyphs.slice(at, at + n));
    g = at + n;
  }
  return { perItem, skipped };
}

/** Sums the hidden parts of a document into the report shown to reviewers; null when nothing was hidden. */
export function summarizeHidden(parts: readonly SplitItem[]): HiddenTextReport | null {
  const reasons = new Set<HiddenReason>();
  let chars = 0;
  const sample: string[] = [];
  for (const p of parts) {
    const text = p.hidden.replace(/\s+/g, " ").trim();
    if (text === "") continue;
    chars += text.replace(/\s/g, "").length;
    for (const r of p.reasons) reasons.add(r);
    sample.push(text);
  }
  if (chars === 0) return null;
  return { chars, reasons: [...reasons].sort(), sample: sample.join(" ").slice(0, SAMPLE_CHARS) };
}
