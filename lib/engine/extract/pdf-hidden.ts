// Text a reader cannot see: white (or background-coloured) fill, fully
// transparent fill, invisible render mode, tiny type, runs placed off the page
// or outside a clip or a form's box, painted over by a later fill, image or
// stencil mask, or drawn through a soft mask that lets nothing through (what a
// later paint leaves visible follows its opacity, blend mode and soft mask:
// see pdf-paint.ts). Applicants use it to stuff
// keywords; it must not reach the parsed profile, and is reported instead.
//
// pdf.js's text content carries position and size but not colour or render
// mode; those live in the operator list. Both are produced by walking the same
// content stream in the same order, so the glyphs of the operator list are
// aligned character by character with the text items.
import { asPixels, type ImageInk, type Matrix, type Rgb } from "./pdf-image-ink";
import {
  type Area,
  type Blend,
  type Box,
  blendMode,
  colourAt,
  composite,
  contains,
  maskValue,
  paintOver,
  type SoftMask,
  WHITE,
} from "./pdf-paint";
import type { HiddenReason, HiddenTextReport } from "./types";

// pdf.js operator codes (OPS in pdfjs-dist). They have not moved in a decade;
// pdf-paint.test.ts fails if they ever do.
export const OP = {
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  clip: 29,
  eoClip: 30,
  setTextRenderingMode: 38,
  showText: 44,
  showSpacedText: 45,
  setStrokeColorN: 53,
  setFillColorN: 55,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  beginMarkedContent: 69,
  beginMarkedContentProps: 70,
  endMarkedContent: 71,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginGroup: 76,
  endGroup: 77,
  paintImageMaskXObject: 83,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintSolidColorImageMask: 90,
  constructPath: 91,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
} as const;
const FILL_OPS = new Set([22, 23, 24, 25, 26, 27]);

/** Below this size (points) type is not readable on a printed or rendered page. */
export const MIN_READABLE_FONT_SIZE = 4;
// Channel difference up to which two colours look the same (0–255).
const SAME_COLOUR = 32;
const SAMPLE_CHARS = 200;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

interface GlyphInfo {
  ch: string;
  op: number;
  /** The colours the glyph is drawn in: its fill, its outline, or both, per the render mode; null when unknown (a pattern). */
  inks: (Rgb | null)[];
  alpha: number;
  mode: number;
  /** The clipping box in force (page space), null when nothing is clipped. */
  clip: Box | null;
  mask: SoftMask | null;
  /** Drawn in an optional content group (a layer) that is off when the document is opened. */
  offLayer: boolean;
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

function asBox(value: unknown): [number, number, number, number] | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<number, unknown>;
  const out = [0, 1, 2, 3].map((i) => v[i]);
  return out.every((n) => typeof n === "number" && Number.isFinite(n)) ? (out as [number, number, number, number]) : null;
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

interface InkState {
  ctm: Matrix;
  fill: Rgb | null;
  stroke: Rgb | null;
  alpha: number;
  strokeAlpha: number;
  blend: Blend;
  mask: SoftMask | null;
  mode: number;
  clip: Box | null;
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

/** The colours a glyph is drawn in under a text render mode (0 fill, 1 stroke, 2 both; +4 also clips). */
function inksOf(state: InkState): (Rgb | null)[] {
  const m = state.mode & 3;
  return m === 0 ? [state.fill] : m === 1 ? [state.stroke] : [state.fill, state.stroke];
}

/**
 * Walks an operator list keeping the graphics state, and collects the glyphs
 * drawn and the areas painted. The content of a soft mask's group paints
 * nothing: it is kept aside as the mask that the next SMask graphics state
 * applies to what is painted through it.
 */
class InkReader {
  readonly glyphs: GlyphInfo[] = [];
  readonly areas: Area[] = [];
  private state: InkState = {
    ctm: [1, 0, 0, 1, 0, 0],
    fill: [0, 0, 0],
    stroke: [0, 0, 0],
    alpha: 1,
    strokeAlpha: 1,
    blend: "normal",
    mask: null,
    mode: 0,
    clip: null,
  };
  private readonly stack: InkState[] = [];
  // pdf.js emits a clip (W) just before the path it applies to.
  private pendingClip = false;
  /** The bounding box of a transparency group, applied as a clip by the form that follows. */
  private groupBox: [number, number, number, number] | null = null;
  /** Soft masks being built (nested groups inside a mask's group add a level). */
  private readonly building: { mask: SoftMask | null; depth: number }[] = [];
  private lastMask: SoftMask | null = null;
  /** Per open marked-content section, whether it lies in a layer that is off. */
  private readonly layers: boolean[] = [];

  constructor(private readonly layerVisible: LayerVisibility | null) {}

  private offLayer(): boolean {
    return this.layers.at(-1) ?? false;
  }

  private beginLayer(fn: number, args: unknown[] | null): void {
    let off = this.offLayer();
    if (fn === OP.beginMarkedContentProps && args?.[0] === "OC" && this.layerVisible) {
      try {
        off ||= !this.layerVisible(args[1]);
      } catch {
        // An optional-content entry pdf.js cannot evaluate: leave the text as shown.
      }
    }
    this.layers.push(off);
  }

  private target(): Area[] {
    return this.building.at(-1)?.mask?.areas ?? this.areas;
  }

  private push(fn: number, args: unknown[] | null): void {
    this.stack.push(this.state);
    this.state = { ...this.state };
    if (fn !== OP.paintFormXObjectBegin) return;
    this.state.ctm = multiply(this.state.ctm, asMatrix(args?.[0]) ?? [1, 0, 0, 1, 0, 0]);
    // A form clips to its bounding box; a group's box comes with the group, in the form's space.
    const bbox = asBox(args?.[1]) ?? this.groupBox;
    if (bbox) this.state.clip = intersect(this.state.clip, boxOf(this.state.ctm, ...bbox));
    this.groupBox = null;
  }

  private gstate(args: unknown[] | null): void {
    const entries = Array.isArray(args?.[0]) ? (args[0] as unknown[]) : [];
    for (const e of entries) {
      if (!Array.isArray(e)) continue;
      const [key, value] = e as [unknown, unknown];
      if (key === "ca" && typeof value === "number") this.state.alpha = value;
      else if (key === "CA" && typeof value === "number") this.state.strokeAlpha = value;
      else if (key === "BM") this.state.blend = blendMode(Array.isArray(value) ? value[0] : value);
      else if (key === "SMask") this.state.mask = value === true ? this.lastMask : null;
    }
  }

  private beginGroup(args: unknown[] | null): void {
    const group = (args?.[0] ?? {}) as { smask?: { subtype?: unknown; backdrop?: unknown } | null; bbox?: unknown };
    const inMask = this.building.at(-1);
    if (inMask && !group.smask) inMask.depth++;
    if (group.smask) {
      const luminosity = group.smask.subtype !== "Alpha";
      this.building.push({ mask: { luminosity, backdrop: parseHex(group.smask.backdrop) ?? [0, 0, 0], areas: [] }, depth: 0 });
    }
    this.groupBox = asBox(group.bbox);
  }

  private endGroup(): void {
    const top = this.building.at(-1);
    if (!top) return;
    if (top.depth > 0) {
      top.depth--;
      return;
    }
    this.building.pop();
    this.lastMask = top.mask;
  }

  private area(box: Box, op: number, fill: Rgb | null, image: ImageInk | null): void {
    // A layer that is off paints nothing.
    if (this.offLayer()) return;
    const { alpha, blend, mask } = this.state;
    this.target().push({ ...box, op, fill, image, alpha, blend, mask });
  }

  /** A path: narrows the clip when a clip is pending, and is an area when it is filled. */
  private path(args: unknown[] | null, op: number): void {
    const mm = args?.[2] as Record<number, number> | undefined;
    if (!mm || !Number.isFinite(mm[0])) return;
    const box = boxOf(this.state.ctm, mm[0] ?? 0, mm[1] ?? 0, mm[2] ?? 0, mm[3] ?? 0);
    if (this.pendingClip) this.state.clip = intersect(this.state.clip, box);
    if (FILL_OPS.has(args?.[0] as number) && this.state.alpha > 0) this.area(box, op, this.state.fill, null);
  }

  /** Images are drawn into the unit square of the current matrix; an XObject's pixels are resolved later, an inline image carries them. */
  private image(fn: number, args: unknown[] | null, op: number): void {
    const box = boxOf(this.state.ctm, 0, 0, 1, 1);
    if (fn === OP.paintSolidColorImageMask) {
      this.area(box, op, this.state.fill, null);
      return;
    }
    const inline = fn === OP.paintInlineImageXObject;
    const { ctm: matrix, alpha } = this.state;
    if (fn === OP.paintImageMaskXObject) {
      // A stencil paints the fill colour; its bits are fetched like an image's.
      const id = (args?.[0] as { data?: unknown } | null)?.data;
      if (!this.state.fill || typeof id !== "string") return;
      this.area(box, op, null, { id, pixels: null, matrix, alpha, stencil: this.state.fill });
      return;
    }
    const id = !inline && typeof args?.[0] === "string" ? args[0] : null;
    this.area(box, op, null, { id, pixels: inline ? asPixels(args?.[0]) : null, matrix, alpha });
  }

  private text(args: unknown[] | null, op: number): void {
    // A mask's content is not seen: its glyphs only shape the mask.
    if (this.building.length > 0) return;
    const { alpha, strokeAlpha, mode, clip, mask } = this.state;
    const inks = inksOf(this.state);
    const a = (mode & 3) === 1 ? strokeAlpha : alpha;
    const offLayer = this.offLayer();
    for (const g of Array.isArray(args?.[0]) ? args[0] : []) {
      const unicode = (g as { unicode?: unknown } | null)?.unicode;
      if (typeof unicode !== "string") continue;
      for (const ch of unicode.normalize("NFKC").replace(/\s+/g, ""))
        this.glyphs.push({ ch, op, inks, alpha: a, mode, clip, mask, offLayer });
    }
  }

  read(fn: number | undefined, args: unknown[] | null, op: number): void {
    switch (fn) {
      case OP.save:
      case OP.paintFormXObjectBegin:
        this.push(fn, args);
        return;
      case OP.restore:
      case OP.paintFormXObjectEnd:
        this.state = this.stack.pop() ?? this.state;
        return;
      case OP.transform:
        this.state.ctm = multiply(this.state.ctm, asMatrix(args) ?? [1, 0, 0, 1, 0, 0]);
        return;
      case OP.setFillRGBColor:
      case OP.setFillColorN:
      case OP.setFillTransparent:
        // Patterns and shadings: the colour is unknown, never call it hidden.
        this.state.fill = fn === OP.setFillRGBColor ? parseHex(args?.[0]) : null;
        return;
      case OP.setStrokeRGBColor:
      case OP.setStrokeColorN:
      case OP.setStrokeTransparent:
        this.state.stroke = fn === OP.setStrokeRGBColor ? parseHex(args?.[0]) : null;
        return;
      case OP.beginMarkedContent:
      case OP.beginMarkedContentProps:
        this.beginLayer(fn, args);
        return;
      case OP.endMarkedContent:
        this.layers.pop();
        return;
      case OP.setGState:
        this.gstate(args);
        return;
      case OP.beginGroup:
        this.beginGroup(args);
        return;
      case OP.endGroup:
        this.endGroup();
        return;
      case OP.setTextRenderingMode:
        this.state.mode = typeof args?.[0] === "number" ? args[0] : 0;
        return;
      case OP.showText:
      case OP.showSpacedText:
        this.text(args, op);
        return;
      case OP.clip:
      case OP.eoClip:
        this.pendingClip = true;
        return;
      case OP.constructPath:
        this.path(args, op);
        this.pendingClip = false;
        return;
      case OP.paintImageXObject:
      case OP.paintInlineImageXObject:
      case OP.paintImageMaskXObject:
      case OP.paintSolidColorImageMask:
        this.image(fn, args, op);
        return;
    }
  }
}

/** Whether an optional content group (as pdf.js names it in the operator list) is shown when the document opens. */
export type LayerVisibility = (group: unknown) => boolean;

/** Glyphs in content-stream order with the state they were drawn with, and the areas and images the page paints. */
export function readPageInk(ops: OperatorList, layerVisible: LayerVisibility | null = null): PageInk {
  const reader = new InkReader(layerVisible);
  for (let i = 0; i < ops.fnArray.length; i++) reader.read(ops.fnArray[i], ops.argsArray[i] as unknown[] | null, i);
  return { glyphs: reader.glyphs, areas: reader.areas };
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

function near(a: Rgb, b: Rgb): boolean {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= SAME_COLOUR;
}

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

/** Whether an area painted after the glyph is big enough to cover it (a rule or an underline is not). */
function spans(a: Area, g: GlyphBox): boolean {
  return a.x1 - a.x0 >= g.size && a.y1 - a.y0 >= g.size * 0.6;
}

/**
 * Whether what is painted after the glyph leaves no trace of it at a point:
 * the page is composited twice from what lies under the glyph, once with its
 * ink and once without, and the two come out alike. An opaque box or image
 * does that; a white box in Multiply mode, a faint veil or a box the soft
 * mask cuts away there does not.
 */
function coveredAt(g: GlyphInfo, later: readonly Area[], x: number, y: number, areas: readonly Area[]): boolean {
  const over = later.filter((a) => contains(a, x, y));
  if (over.length === 0) return false;
  const under = colourAt(areas, x, y, g.op);
  const ink = g.inks[0] ?? null;
  let without: Rgb | null = under ?? WHITE;
  // Unknown ink or background: take the two furthest apart, so only an opaque cover joins them.
  let withInk: Rgb | null = under && ink ? composite(under, ink, glyphAlpha(g, x, y) ?? g.alpha, "normal") : [0, 0, 0];
  for (const a of over) {
    if (a.image && !a.image.pixels && !a.image.stencil && a.image.alpha > 0.5 && !a.mask) {
      // Pixels pdf.js could not give: an image over text is taken to hide it.
      withInk = without;
      continue;
    }
    if (!withInk || !without) return false;
    withInk = paintOver(a, x, y, withInk);
    without = paintOver(a, x, y, without);
  }
  return !!withInk && !!without && near(withInk, without);
}

/** Areas painted after the glyph that span it at its centre, in paint order; null when none (most glyphs: kept cheap). */
function laterOver(areas: readonly Area[], g: GlyphInfo, box: GlyphBox, x: number, y: number): Area[] | null {
  let out: Area[] | null = null;
  // Areas are in paint order: walk back only as far as the glyph.
  for (let k = areas.length - 1; k >= 0; k--) {
    const a = areas[k];
    if (!a || a.op < g.op) break;
    if (!contains(a, x, y) || !spans(a, box)) continue;
    out = out ?? [];
    out.unshift(a);
  }
  return out;
}

/** The glyph's opacity at a point, through the soft mask it was drawn with; null when the mask is unknown there. */
function glyphAlpha(g: GlyphInfo, x: number, y: number): number | null {
  if (!g.mask) return g.alpha;
  const m = maskValue(g.mask, x, y);
  return m === null ? null : g.alpha * m;
}

/** Whether any area is painted where the glyph lies (most glyphs of most pages have only the page under and over them). */
function onBarePage(areas: readonly Area[], box: GlyphBox): boolean {
  const top = box.y + box.size;
  return !areas.some((a) => a.x0 <= box.x1 && a.x1 >= box.x0 && a.y0 <= top && a.y1 >= box.y);
}

function glyphReason(g: GlyphInfo, box: GlyphBox, areas: readonly Area[]): HiddenReason | null {
  if (g.offLayer) return "hidden-layer";
  if (g.mode === 3 || g.mode === 7) return "invisible-render-mode";
  if (!g.mask && onBarePage(areas, box)) {
    if (g.alpha < 0.1) return "transparent";
    if (g.clip && !contains(g.clip, (box.x0 + box.x1) / 2, box.y + box.size / 3)) return "clipped";
    return g.inks.every((ink) => !!ink && near(ink, WHITE)) ? "background-colour" : null;
  }
  const points = samplePoints(box);
  if (g.mask ? points.every(([px, py]) => (glyphAlpha(g, px, py) ?? 1) < 0.1) : g.alpha < 0.1) return "transparent";
  const x = (box.x0 + box.x1) / 2;
  const y = box.y + box.size / 3;
  if (g.clip && !contains(g.clip, x, y)) return "clipped";
  // Something painted later over the same spot hides the text beneath it.
  const later = laterOver(areas, g, box, x, y);
  if (later && points.every(([px, py]) => coveredAt(g, later, px, py, areas))) return "covered";
  // The same colour as what lies beneath it wherever the glyph is drawn: a page, a band, the pixels of an image.
  const same = (ink: Rgb | null) =>
    !!ink &&
    points.every(([px, py]) => {
      const background = colourAt(areas, px, py, g.op);
      return background !== null && near(ink, background);
    });
  return g.inks.every(same) ? "background-colour" : null;
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
