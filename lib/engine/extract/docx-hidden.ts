// Runs of a Word document a reader cannot see: hidden (w:vanish), a font of
// 3 pt or less, or a colour equal to the shading behind it (white on white).
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
const TAG = /<(\/?)w:(tc|tcPr|p|pPr|r|rPr|shd|vanish|color|sz|t)\b([^>]*?)(\/?)>/g;

interface RunProps {
  vanish: boolean;
  colour: string | null;
  halfPoints: number | null;
  shade: string | null;
}

/** Every text run of a WordprocessingML part in document order, with why it is unreadable (null when it is readable). */
export function readXmlRuns(xml: string): XmlRun[] {
  const runs: XmlRun[] = [];
  const cellShade: (string | null)[] = [];
  let paraShade: string | null = null;
  let where: "tcPr" | "pPr" | "rPr" | null = null;
  let run: (RunProps & { text: string }) | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const [, closing, tag, attrs = "", selfClosing] = m;
    if (closing) {
      if (tag === "tc") cellShade.pop();
      else if (tag === "tcPr" || tag === "pPr" || tag === "rPr") where = null;
      else if (tag === "r" && run) {
        if (run.text !== "") runs.push({ text: run.text, reason: runReason(run, paraShade, cellShade[cellShade.length - 1] ?? null) });
        run = null;
      }
      continue;
    }
    switch (tag) {
      case "tc":
        if (!selfClosing) cellShade.push(null);
        break;
      case "p":
        paraShade = null;
        break;
      case "tcPr":
      case "pPr":
      case "rPr":
        if (!selfClosing) where = tag;
        break;
      case "r":
        if (!selfClosing) run = { vanish: false, colour: null, halfPoints: null, shade: null, text: "" };
        break;
      case "shd": {
        const fill = attr(attrs, "fill");
        if (where === "tcPr" && cellShade.length > 0) cellShade[cellShade.length - 1] = fill;
        else if (where === "pPr") paraShade = fill;
        else if (where === "rPr" && run) run.shade = fill;
        break;
      }
      case "vanish":
        if (where === "rPr" && run) run.vanish = !OFF.has(attr(attrs, "val") ?? "true");
        break;
      case "color":
        if (where === "rPr" && run) run.colour = attr(attrs, "val");
        break;
      case "sz": {
        const v = Number(attr(attrs, "val"));
        if (where === "rPr" && run && Number.isFinite(v)) run.halfPoints = v;
        break;
      }
      case "t":
        if (!selfClosing && run) {
          const end = xml.indexOf("</w:t>", TAG.lastIndex);
          if (end >= 0) run.text += decode(xml.slice(TAG.lastIndex, end));
        }
        break;
    }
  }
  return runs;
}

function runReason(run: RunProps, paraShade: string | null, cellShade: string | null): HiddenReason | null {
  if (run.vanish) return "hidden-run";
  if (run.halfPoints !== null && run.halfPoints <= MAX_HIDDEN_HALF_POINTS) return "tiny-font";
  const background = [run.shade, paraShade, cellShade].find((s) => s && s !== "auto") ?? "FFFFFF";
  if (run.colour && run.colour !== "auto" && sameColour(run.colour, background)) return "background-colour";
  return null;
}

/** The body's runs, or [] when the part is missing (mammoth will report that itself). */
export function readBodyRuns(bytes: Uint8Array, zip: ZipDirectory): XmlRun[] {
  if (!zip.entries.some((e) => e.name === BODY_PART)) return [];
  const files = unzipSync(bytes, { filter: (file) => file.name === BODY_PART });
  const data = files[BODY_PART];
  return data ? readXmlRuns(new TextDecoder("utf-8").decode(data)) : [];
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
