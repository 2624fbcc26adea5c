// Builds bench/relevance-new-1/resumes/* from the readable drafts in src/*.txt,
// and split.json from a recorded seed. Run from the repository root:
//
//   npx tsx bench/relevance-new-1/make-files.ts
//
// Other sets reuse the generator: `makeFiles(spec)` renders the set in `spec.dir` (its src/, jobs/)
// with that set's format table, split seed and headings (see bench/relevance-new-2/make-files.ts).
//
// Markers in a draft (only in drafts rendered as DOCX or PDF):
//   [[sidebar]] … [[main]] …   two-column PDF: the sidebar block is drawn in a narrow left column,
//                              the main block beside it (main column drawn first, so the content
//                              stream order differs from reading order)
//   [[table]] … [[/table]]     DOCX table, one row per line, cells separated by " | "
//   [[hidden]] … [[/hidden]]   PDF text drawn in white at 1 pt: invisible to a reader, present in the text layer
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PDFDocument from "pdfkit";

export type Format = "txt" | "docx" | "pdf";

/** One labeled set to render: where it lives, each resume's format, and how to split its jobs. */
export interface SetSpec {
  /** The set's directory (with src/ and jobs/); resumes/ and split.json are written there. */
  dir: string;
  formats: Record<string, Format>;
  /** Seed of the frozen tune/test split over jobs (recorded in split.json). */
  splitSeed: number;
  /** How many jobs the split freezes as test. */
  testJobs: number;
  /** Section names of this set's drafts beyond the usual ones, drawn as headings. */
  extraHeadings?: RegExp;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Output format per resume; the split over formats is a third each. */
const FORMATS: Record<string, Format> = {
  // txt
  "cv-n164": "txt",
  "cv-n161": "txt",
  "cv-n653": "txt",
  "cv-n138": "txt",
  "cv-n690": "txt",
  "cv-n745": "txt",
  "cv-n474": "txt",
  "cv-n798": "txt",
  "cv-n226": "txt",
  "cv-n147": "txt",
  "cv-n684": "txt",
  "cv-n660": "txt",
  "cv-n163": "txt",
  "cv-n236": "txt",
  "cv-n946": "txt",
  "cv-n534": "txt",
  "cv-n188": "txt",
  "cv-n319": "txt",
  "cv-n544": "txt",
  "cv-n695": "txt",
  "cv-n670": "txt",
  // docx
  "cv-n192": "docx",
  "cv-n150": "docx",
  "cv-n733": "docx",
  "cv-n766": "docx",
  "cv-n220": "docx",
  "cv-n199": "docx",
  "cv-n935": "docx",
  "cv-n326": "docx",
  "cv-n149": "docx",
  "cv-n979": "docx",
  "cv-n174": "docx",
  "cv-n346": "docx",
  "cv-n159": "docx",
  "cv-n415": "docx",
  "cv-n506": "docx",
  "cv-n699": "docx",
  "cv-n160": "docx",
  "cv-n205": "docx",
  "cv-n431": "docx",
  "cv-n396": "docx",
  "cv-n481": "docx",
  // pdf
  "cv-n664": "pdf",
  "cv-n679": "pdf",
  "cv-n292": "pdf",
  "cv-n829": "pdf",
  "cv-n677": "pdf",
  "cv-n328": "pdf",
  "cv-n940": "pdf",
  "cv-n648": "pdf",
  "cv-n529": "pdf",
  "cv-n742": "pdf",
  "cv-n171": "pdf",
  "cv-n504": "pdf",
  "cv-n619": "pdf",
  "cv-n285": "pdf",
  "cv-n696": "pdf",
  "cv-n673": "pdf",
  "cv-n247": "pdf",
  "cv-n754": "pdf",
  "cv-n254": "pdf",
  "cv-n528": "pdf",
  "cv-n196": "pdf",
};

const NEW_1: SetSpec = { dir: here, formats: FORMATS, splitSeed: 20261207, testJobs: 3 };

interface Draft {
  /** Lines outside any marker block, in order; a table or hidden block leaves a placeholder. */
  body: Line[];
  sidebar: string[] | null;
  hidden: string[];
}

type Line = { kind: "text"; text: string } | { kind: "table"; rows: string[][] };

function parseDraft(source: string): Draft {
  const lines = source.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  const body: Line[] = [];
  const hidden: string[] = [];
  let sidebar: string[] | null = null;
  let mode: "body" | "sidebar" | "table" | "hidden" = "body";
  let rows: string[][] = [];
  for (const line of lines) {
    if (line === "[[sidebar]]") {
      sidebar = [];
      mode = "sidebar";
    } else if (line === "[[main]]") mode = "body";
    else if (line === "[[table]]") {
      rows = [];
      mode = "table";
    } else if (line === "[[/table]]") {
      body.push({ kind: "table", rows });
      mode = "body";
    } else if (line === "[[hidden]]") mode = "hidden";
    else if (line === "[[/hidden]]") mode = "body";
    else if (mode === "sidebar") sidebar?.push(line);
    else if (mode === "table") rows.push(line.split(" | ").map((c) => c.trim()));
    else if (mode === "hidden") hidden.push(line);
    else body.push({ kind: "text", text: line });
  }
  return { body, sidebar, hidden };
}

const SECTION_NAME =
  /^(summary|profile|about me|professional summary|career objective|experience|work experience|work history|teaching experience|legal experience|professional experience|earlier work|education|education & qualifications|education & training|training|skills|certifications|licences?|licenses?|licenses & certifications|licences & certifications|registrations?|languages|other|credentials|contact|qualifications|canadian licensure progress|licensure)$/i;

type IsHeading = (text: string) => boolean;

/** A section heading: a short line in capitals, or a usual (or the set's own) section name in any case. */
function headingTest(extra: RegExp | undefined): IsHeading {
  return (text) => {
    const t = text.trim();
    if (SECTION_NAME.test(t) || extra?.test(t)) return true;
    return t.length > 2 && t.length < 40 && t === t.toUpperCase() && /[A-Z]/.test(t);
  };
}

function textRuns(draft: Draft): string[] {
  return draft.body.flatMap((l) => (l.kind === "text" ? [l.text] : l.rows.map((r) => r.join(", "))));
}

async function renderDocx(draft: Draft, isHeading: IsHeading): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let first = true;
  for (const line of draft.body) {
    if (line.kind === "table") {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: line.rows.map(
            (cells, r) =>
              new TableRow({
                children: cells.map(
                  (cell) =>
                    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0, size: 20 })] })] }),
                ),
              }),
          ),
        }),
      );
      continue;
    }
    const heading = isHeading(line.text);
    children.push(
      new Paragraph({
        children: [new TextRun({ text: line.text, bold: first || heading, size: first ? 36 : heading ? 24 : 21 })],
        spacing: heading ? { before: 160 } : undefined,
      }),
    );
    first = false;
  }
  const doc = new Document({ creator: "resume-checker bench", title: "Resume", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

type Pdf = InstanceType<typeof PDFDocument>;

function makePdf(draw: (doc: Pdf) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: "Resume", CreationDate: new Date(Date.UTC(2026, 11, 1)) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

function drawHidden(doc: Pdf, hidden: string[]): void {
  if (hidden.length === 0) return;
  // White 1-pt text at the foot of the page: a reader sees nothing, a text extractor sees the posting.
  doc.fillColor("white").font("Helvetica").fontSize(1);
  doc.text(hidden.join(" "), 48, doc.page.height - 60, { width: doc.page.width - 96 });
  doc.fillColor("black");
}

function renderPdfSingle(draft: Draft, isHeading: IsHeading): Promise<Uint8Array> {
  return makePdf((doc) => {
    const lines = textRuns(draft);
    lines.forEach((text, i) => {
      if (i === 0) doc.font("Helvetica-Bold").fontSize(18).text(text);
      else if (isHeading(text)) doc.moveDown(0.4).font("Helvetica-Bold").fontSize(11).text(text);
      else
        doc
          .font("Helvetica")
          .fontSize(10)
          .text(text === "" ? " " : text);
    });
    drawHidden(doc, draft.hidden);
  });
}

function renderPdfTwoColumn(draft: Draft, isHeading: IsHeading): Promise<Uint8Array> {
  return makePdf((doc) => {
    const sidebarX = 36;
    const mainX = 205;
    // Main column first, so the content stream runs opposite to reading order.
    let y = 60;
    for (const text of textRuns(draft)) {
      const heading = isHeading(text);
      doc.font(heading ? "Helvetica-Bold" : "Helvetica").fontSize(heading ? 11 : 9.5);
      doc.text(text, mainX, y + (heading ? 6 : 0), { width: 350 });
      y = doc.y + 2;
    }
    y = 52;
    for (const [i, text] of (draft.sidebar ?? []).entries()) {
      const heading = i > 0 && isHeading(text);
      doc.font(i === 0 || heading ? "Helvetica-Bold" : "Helvetica").fontSize(i === 0 ? 16 : heading ? 10 : 9);
      doc.text(text, sidebarX, y + (heading ? 8 : 0), { width: 150 });
      y = doc.y + 2;
    }
    drawHidden(doc, draft.hidden);
  });
}

async function render(id: string, format: Format, source: string, isHeading: IsHeading): Promise<Uint8Array | string> {
  const draft = parseDraft(source);
  if (format === "txt") {
    if (draft.sidebar || draft.hidden.length > 0 || draft.body.some((l) => l.kind === "table"))
      throw new Error(`${id}: layout markers are only meaningful in a DOCX or PDF draft`);
    return `${source.replace(/\n+$/, "")}\n`;
  }
  if (format === "docx") {
    if (draft.sidebar || draft.hidden.length > 0) throw new Error(`${id}: two-column and hidden text are PDF-only markers`);
    return renderDocx(draft, isHeading);
  }
  return draft.sidebar ? renderPdfTwoColumn(draft, isHeading) : renderPdfSingle(draft, isHeading);
}

/** docx stamps the time of packing into docProps/core.xml (and the zip entries); that alone is no change. */
function sameDocx(a: Uint8Array, b: Uint8Array): boolean {
  const [x, y] = [unzipSync(a), unzipSync(b)];
  const names = Object.keys(x).filter((n) => n !== "docProps/core.xml");
  const equal = (p: Uint8Array, q: Uint8Array | undefined) => q !== undefined && Buffer.from(p).equals(Buffer.from(q));
  return names.length === Object.keys(y).length - 1 && names.every((n) => equal(x[n] as Uint8Array, y[n]));
}

/** Writes a rendered resume unless the file already holds the same document. */
function writeResume(file: string, format: Format, data: Uint8Array | string): void {
  if (format === "docx" && typeof data !== "string" && existsSync(file) && sameDocx(data, readFileSync(file))) return;
  writeFileSync(file, data);
}

/** mulberry32: a small seeded PRNG, so the split can be re-derived from the seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function split(jobIds: string[], seed: number, testJobs: number): { seed: number; tune: string[]; test: string[] } {
  const rand = mulberry32(seed);
  const shuffled = [...jobIds].sort();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  return { seed, tune: shuffled.slice(testJobs).sort(), test: shuffled.slice(0, testJobs).sort() };
}

/** Renders every draft of `spec.dir/src` into `spec.dir/resumes` and writes the set's split.json. */
export async function makeFiles(spec: SetSpec): Promise<void> {
  const src = path.join(spec.dir, "src");
  const out = path.join(spec.dir, "resumes");
  const isHeading = headingTest(spec.extraHeadings);
  mkdirSync(out, { recursive: true });
  const drafts = readdirSync(src).filter((f) => f.endsWith(".txt"));
  const ids = drafts.map((f) => f.replace(/\.txt$/, "")).sort();
  const unknown = ids.filter((id) => !(id in spec.formats));
  const missing = Object.keys(spec.formats).filter((id) => !ids.includes(id));
  if (unknown.length > 0 || missing.length > 0) throw new Error(`format table out of date: unknown ${unknown} missing ${missing}`);
  for (const old of readdirSync(out)) if (!ids.includes(old.replace(/\.[^.]+$/, ""))) throw new Error(`stray file resumes/${old}`);
  for (const id of ids) {
    const format = spec.formats[id] as Format;
    const file = await render(id, format, readFileSync(path.join(src, `${id}.txt`), "utf8"), isHeading);
    writeResume(path.join(out, `${id}.${format}`), format, file);
  }
  const jobIds = readdirSync(path.join(spec.dir, "jobs"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""));
  writeFileSync(path.join(spec.dir, "split.json"), `${JSON.stringify(split(jobIds, spec.splitSeed, spec.testJobs), null, 2)}\n`);
  console.log(`${path.basename(spec.dir)}: wrote ${ids.length} resumes and split.json`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await makeFiles(NEW_1);
