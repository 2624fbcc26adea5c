// Runs of a Word document a reader cannot see: hidden (w:vanish), a font of
// 3 pt or less, a colour equal to the shading or highlight behind it (white on
// white), or inside a text box too small to show a line; set on the run, its
// character style, its paragraph's style or the document defaults.
// mammoth drops these properties, so the body XML is read here and its runs
// are matched, in document order, with the runs of mammoth's document tree.
import { unzipSync } from "fflate";
import type { HiddenReason, HiddenTextReport } from "./types";
import type { ZipDirectory } from "./zip-directory";

const BODY_PART = "word/document.xml";
// w:sz is in half-points: 6 = 3 pt.
const MAX_HIDDEN_HALF_POINTS = 6;
const SAME_COLOUR = 32;
const SAMPLE_CHARS = 200;

export interface XmlRun {
  text: string;
  reason: HiddenReason | null;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return XML_ENTITIES[body.toLowerCase()] ?? match;
  });
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] ?? null) : null;
}

function hex(value: string | null): [number, number, number] | null {
  if (!value || !/^[0-9a-f]{6}$/i.test(value)) return null;
  return [0, 2, 4].map((i) => Number.parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

function sameColour(a: string | null, b: string | null): boolean {
  const x = hex(a);
  const y = hex(b);
  return !!x && !!y && x.every((v, i) => Math.abs(v - (y[i] ?? 0)) <= SAME_COLOUR);
}

const OFF = new Set(["0", "false", "off"]);
const TAG =
  /<(\/?)(?:w|wp|v):(tc|tcPr|p|pPr|r|rPr|shd|vanish|color|sz|highlight|rStyle|pStyle|t|txbxContent|extent|shape|rect|roundrect|style|basedOn|rPrDefault|docDefaults)\b([^>]*?)(\/?)>/g;
// Text-box sizes (EMU; 12 700 a point) at or below which no line of text fits.
const TINY_BOX_EMU = 2 * 12_700;
const TINY_BOX_PT = 2;
// w:highlight takes named colours only.
const HIGHLIGHT: Record<string, string> = {
  black: "000000",
  white: "FFFFFF",
  yellow: "FFFF00",
  green: "00FF00",
  cyan: "00FFFF",
  magenta: "FF00FF",
  blue: "0000FF",
  red: "FF0000",
  darkBlue: "000080",
  darkCyan: "008080",
  darkGreen: "008000",
  darkMagenta: "800080",
  darkRed: "800000",
  darkYellow: "808000",
  darkGray: "808080",
  lightGray: "C0C0C0",
};

/** Run properties as written: null where not set, so that direct formatting, styles and defaults can be layered. */
export interface RunProps {
  vanish: boolean | null;
  colour: string | null;
  halfPoints: number | null;
  shade: string | null;
}

const NO_PROPS: RunProps = { vanish: null, colour: null, halfPoints: null, shade: null };

/** `top` with what it leaves unset taken from `below`. */
function layer(top: RunProps, below: RunProps): RunProps {
  return {
    vanish: top.vanish ?? below.vanish,
    colour: top.colour ?? below.colour,
    halfPoints: top.halfPoints ?? below.halfPoints,
    shade: top.shade ?? below.shade,
  };
}

/** Character and paragraph styles (word/styles.xml) resolved through their basedOn chains, and the document defaults. */
export interface DocxStyles {
  byId: Map<string, RunProps>;
  /** Paragraph shading set by a paragraph style (a banner style: white text on its own dark fill). */
  paraShade: Map<string, string>;
  /** docDefaults with the default paragraph style over them. */
  base: RunProps;
}

/** Reads the run properties of every style in styles.xml and resolves inheritance. */
export function readStyles(xml: string): DocxStyles {
  const own = new Map<string, { props: RunProps; basedOn: string | null; isDefault: boolean }>();
  const paraShade = new Map<string, string>();
  let defaults: RunProps = { ...NO_PROPS };
  const chunks = xml.split(/<w:style\b/);
  const head = chunks.shift() ?? "";
  const rPrDefault = /<w:rPrDefault\b[\s\S]*?<\/w:rPrDefault>/.exec(head)?.[0];
  if (rPrDefault) defaults = readProps(rPrDefault);
  for (const chunk of chunks) {
    const body = chunk.slice(0, chunk.indexOf("</w:style>") + 1 || undefined);
    const id = attr(body.slice(0, body.indexOf(">")), "styleId");
    if (!id) continue;
    const rPr = /<w:rPr\b[\s\S]*?<\/w:rPr>/.exec(body)?.[0];
    const pPr = /<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(body)?.[0] ?? "";
    const shade = attr(/<w:shd\b([^>]*)/.exec(pPr)?.[1] ?? "", "fill");
    if (shade) paraShade.set(id, shade);
    own.set(id, {
      props: rPr ? readProps(rPr) : { ...NO_PROPS },
      basedOn: attr(/<w:basedOn\b[^>]*>/.exec(body)?.[0] ?? "", "val"),
      isDefault: /^[^>]*\bw:default="(1|true)"/.test(body) && /^[^>]*\bw:type="paragraph"/.test(body),
    });
  }
  const byId = new Map<string, RunProps>();
  const resolve = (id: string, seen: Set<string>): RunProps => {
    const done = byId.get(id);
    if (done) return done;
    const s = own.get(id);
    if (!s || seen.has(id)) return NO_PROPS;
    seen.add(id);
    const props = s.basedOn ? layer(s.props, resolve(s.basedOn, seen)) : s.props;
    byId.set(id, props);
    return props;
  };
  for (const id of own.keys()) resolve(id, new Set());
  const normal = [...own.entries()].find(([, s]) => s.isDefault)?.[0];
  return { byId, paraShade, base: layer(normal ? (byId.get(normal) ?? NO_PROPS) : NO_PROPS, defaults) };
}

/** The run properties written in one rPr element. */
function readProps(rPr: string): RunProps {
  const props: RunProps = { ...NO_PROPS };
  for (const m of rPr.matchAll(/<w:(vanish|color|sz|shd|highlight)\b([^>]*?)\/?>/g)) setProp(props, m[1] ?? "", m[2] ?? "");
  return props;
}

function setProp(props: RunProps, tag: string, attrs: string): void {
  if (tag === "vanish") props.vanish = !OFF.has(attr(attrs, "val") ?? "true");
  else if (tag === "color") props.colour = attr(attrs, "val");
  else if (tag === "sz") {
    const v = Number(attr(attrs, "val"));
    if (Number.isFinite(v)) props.halfPoints = v;
  } else if (tag === "shd") props.shade = props.shade ?? attr(attrs, "fill");
  // A highlight is drawn over the run's shading.
  else if (tag === "highlight") props.shade = HIGHLIGHT[attr(attrs, "val") ?? ""] ?? props.shade;
}

/** Whether a drawing extent (EMU) or a VML shape's style leaves no room for a line of text. */
function tinyBox(tag: string, attrs: string): boolean {
  if (tag === "extent") {
    const cx = Number(/\bcx="(\d+)"/.exec(attrs)?.[1] ?? Number.NaN);
    const cy = Number(/\bcy="(\d+)"/.exec(attrs)?.[1] ?? Number.NaN);
    return cx <= TINY_BOX_EMU || cy <= TINY_BOX_EMU;
  }
  const style = /\bstyle="([^"]*)"/.exec(attrs)?.[1] ?? "";
  if (/visibility:\s*hidden/i.test(style)) return true;
  const size = (name: string) => {
    const m = new RegExp(`(?:^|;)\\s*${name}:\\s*([\\d.]+)(pt|px|in|cm|mm)?`, "i").exec(style);
    if (!m) return Number.NaN;
    const per = { pt: 1, px: 0.75, in: 72, cm: 28.35, mm: 2.835 }[(m[2] ?? "pt").toLowerCase() as "pt"] ?? 1;
    return Number(m[1]) * per;
  };
  return size("width") <= TINY_BOX_PT || size("height") <= TINY_BOX_PT;
}

interface RunScope {
  cellShade: (string | null)[];
  para: RunProps;
  paraStyle: string | null;
  /** Per open text box, whether it is too small to show its text. */
  boxes: boolean[];
  lastBoxTiny: boolean;
  where: "tcPr" | "pPr" | "rPr" | null;
  run: { props: RunProps; style: string | null; text: string } | null;
}

/** Every text run of a WordprocessingML part in document order, with why it is unreadable (null when it is readable). */
export function readXmlRuns(xml: string, styles: DocxStyles = { byId: new Map(), paraShade: new Map(), base: NO_PROPS }): XmlRun[] {
  const runs: XmlRun[] = [];
  const scope: RunScope = { cellShade: [], para: { ...NO_PROPS }, paraStyle: null, boxes: [], lastBoxTiny: false, where: null, run: null };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const [, closing, tag = "", attrs = "", selfClosing] = m;
    if (closing) closeTag(scope, tag, runs, styles);
    else openTag(scope, tag, attrs, !!selfClosing, xml);
  }
  return runs;
}

function closeTag(scope: RunScope, tag: string, runs: XmlRun[], styles: DocxStyles): void {
  if (tag === "tc") scope.cellShade.pop();
  else if (tag === "txbxContent") scope.boxes.pop();
  else if (tag === "tcPr" || tag === "pPr" || tag === "rPr") scope.where = null;
  else if (tag === "r" && scope.run) {
    const run = scope.run;
    scope.run = null;
    if (run.text === "") return;
    const paraStyle = scope.paraStyle ? styles.byId.get(scope.paraStyle) : null;
    const runStyle = run.style ? styles.byId.get(run.style) : null;
    // Direct formatting over the character style over the paragraph's (its mark's shading is the paragraph's, not the run's).
    const props = layer(layer(run.props, runStyle ?? NO_PROPS), layer(paraStyle ?? NO_PROPS, styles.base));
    const paraShade = scope.para.shade ?? (scope.paraStyle ? styles.paraShade.get(scope.paraStyle) : null) ?? null;
    const reason = scope.boxes.includes(true) ? "clipped" : runReason(props, paraShade, scope.cellShade.at(-1) ?? null);
    runs.push({ text: run.text, reason });
  }
}

function openTag(scope: RunScope, tag: string, attrs: string, selfClosing: boolean, xml: string): void {
  switch (tag) {
    case "tc":
      if (!selfClosing) scope.cellShade.push(null);
      return;
    case "p":
      scope.para = { ...NO_PROPS };
      scope.paraStyle = null;
      return;
    case "tcPr":
    case "pPr":
    case "rPr":
      if (!selfClosing) scope.where = tag;
      return;
    case "r":
      if (!selfClosing) scope.run = { props: { ...NO_PROPS }, style: null, text: "" };
      return;
    case "extent":
    case "shape":
    case "rect":
    case "roundrect":
      scope.lastBoxTiny = tinyBox(tag, attrs);
      return;
    case "txbxContent":
      if (!selfClosing) scope.boxes.push(scope.lastBoxTiny);
      return;
    case "pStyle":
      if (scope.where === "pPr") scope.paraStyle = attr(attrs, "val");
      return;
    case "rStyle":
      if (scope.where === "rPr" && scope.run) scope.run.style = attr(attrs, "val");
      return;
    case "t":
      if (!selfClosing && scope.run) {
        const end = xml.indexOf("</w:t>", TAG.lastIndex);
        if (end >= 0) scope.run.text += decode(xml.slice(TAG.lastIndex, end));
      }
      return;
  }
  if (tag === "shd" && scope.where === "tcPr" && scope.cellShade.length > 0)
    scope.cellShade[scope.cellShade.length - 1] = attr(attrs, "fill");
  else if (tag === "shd" && scope.where === "pPr") scope.para.shade = attr(attrs, "fill");
  else if (scope.where === "rPr" && scope.run) setProp(scope.run.props, tag, attrs);
}

function runReason(run: RunProps, paraShade: string | null, cellShade: string | null): HiddenReason | null {
  if (run.vanish) return "hidden-run";
  if (run.halfPoints !== null && run.halfPoints <= MAX_HIDDEN_HALF_POINTS) return "tiny-font";
  const background = [run.shade, paraShade, cellShade].find((s) => s && s !== "auto") ?? "FFFFFF";
  if (run.colour && run.colour !== "auto" && sameColour(run.colour, background)) return "background-colour";
  return null;
}

const STYLES_PART = "word/styles.xml";

/** The body's runs, or [] when the part is missing (mammoth will report that itself). */
export function readBodyRuns(bytes: Uint8Array, zip: ZipDirectory): XmlRun[] {
  if (!zip.entries.some((e) => e.name === BODY_PART)) return [];
  const files = unzipSync(bytes, { filter: (file) => file.name === BODY_PART || file.name === STYLES_PART });
  const data = files[BODY_PART];
  const decoder = new TextDecoder("utf-8");
  const styles = files[STYLES_PART] ? readStyles(decoder.decode(files[STYLES_PART])) : undefined;
  return data ? readXmlRuns(decoder.decode(data), styles) : [];
}

interface MammothNode {
  type?: unknown;
  value?: unknown;
  children?: unknown;
}

function kids(node: MammothNode): MammothNode[] {
  return Array.isArray(node.children) ? (node.children.filter((c) => typeof c === "object" && c !== null) as MammothNode[]) : [];
}

function runText(node: MammothNode): string {
  return kids(node)
    .map((c) => (c.type === "text" && typeof c.value === "string" ? c.value : ""))
    .join("");
}

// How far ahead a mammoth run looks for its XML run (mammoth skips deleted text, field codes, some text boxes).
const LOOKAHEAD = 40;

/**
 * Empties the runs of mammoth's tree that the XML marks unreadable and
 * returns what was removed. Runs that cannot be matched are left as they are.
 */
export function removeHiddenRuns(document: MammothNode, xmlRuns: readonly XmlRun[]): { text: string; reason: HiddenReason }[] {
  const removed: { text: string; reason: HiddenReason }[] = [];
  if (!xmlRuns.some((r) => r.reason !== null)) return removed;
  let next = 0;
  const visit = (node: MammothNode): void => {
    if (node.type === "run") {
      const text = runText(node);
      if (text === "") return;
      for (let k = next; k < Math.min(xmlRuns.length, next + LOOKAHEAD); k++) {
        const x = xmlRuns[k];
        if (x?.text !== text) continue;
        next = k + 1;
        if (x.reason) {
          removed.push({ text, reason: x.reason });
          node.children = [];
        }
        return;
      }
      return;
    }
    for (const child of kids(node)) visit(child);
  };
  visit(document);
  return removed;
}

export function summarizeRemovedRuns(removed: readonly { text: string; reason: HiddenReason }[]): HiddenTextReport | null {
  const chars = removed.reduce((n, r) => n + r.text.replace(/\s/g, "").length, 0);
  if (chars === 0) return null;
  const reasons = [...new Set(removed.map((r) => r.reason))].sort();
  const sample = removed
    .map((r) => r.text.trim())
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .slice(0, SAMPLE_CHARS);
  return { chars, reasons, sample };
}
