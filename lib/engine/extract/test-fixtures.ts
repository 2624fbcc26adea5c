// Builders for the documents the extraction tests feed in. Every fixture is
// generated at test time (pdfkit, docx, a hand-written ZIP writer) so the
// tests show exactly what each file contains.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { deflateSync, unzipSync, zipSync } from "fflate";
import PDFDocument from "pdfkit";

export type PdfDoc = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  userPassword?: string;
  compress?: boolean;
}

export function makePdf(draw: (doc: PdfDoc) => void, options: PdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "LETTER",
      margin: 50,
      compress: options.compress ?? true,
      userPassword: options.userPassword,
      ownerPassword: options.userPassword ? `${options.userPassword}-owner` : undefined,
      info: { Title: "fixture", CreationDate: new Date(0) },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

export const SINGLE_COLUMN_LINES = [
  "Zoë Müller",
  "Lyon, France · zoe.muller@example.com · +33 4 55 55 01 23",
  "EXPERIENCE",
  "Senior Data Engineer — Rivière Analytics, Jan 2020 – Present",
  "• Built Spark pipelines on Databricks for 40 retail clients",
  "• Orchestrated 120 Airflow DAGs with data-quality checks",
  "EDUCATION",
  "M.Sc. Informatique — Université de Lyon, 2019",
];

export function singleColumnPdf(): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc
      .font("Helvetica-Bold")
      .fontSize(20)
      .text(SINGLE_COLUMN_LINES[0] ?? "");
    doc.font("Helvetica").fontSize(10);
    for (const line of SINGLE_COLUMN_LINES.slice(1)) doc.text(line);
  });
}

export const SIDEBAR_LINES = [
  "José Álvarez",
  "CONTACT",
  "Madrid, Spain",
  "jose.alvarez@example.com",
  "+34 600 555 012",
  "SKILLS",
  "TypeScript, React",
  "Node.js, PostgreSQL",
  "Docker, Kubernetes",
  "LANGUAGES",
  "Spanish, English",
];

export const MAIN_LINES = [
  "EXPERIENCE",
  "Staff Engineer — Tranvía Software",
  "Mar 2021 – Present",
  "• Led the migration of the billing platform to a service architecture",
  "• Cut p95 latency of the checkout API from 900 ms to 180 ms",
  "• Mentored six engineers and ran the architecture review",
  "Software Engineer — Ola Mobility",
  "Jun 2016 – Feb 2021",
  "• Built the driver onboarding flow used in four countries",
  "• Introduced contract tests between eleven services",
  "EDUCATION",
  "B.Sc. Computer Science — Universidad Politécnica de Madrid",
];

/** A left sidebar (name, contact, skills) beside a main column, with different line pitch so baselines do not line up. */
export function twoColumnSidebarPdf(options: { sidebarOnRight?: boolean; rotatedLabel?: string } = {}): Promise<Uint8Array> {
  return makePdf((doc) => {
    if (options.rotatedLabel) {
      // A vertical label running up the page edge, as some templates have.
      doc
        .save()
        .rotate(-90, { origin: [20, 700] })
        .font("Helvetica")
        .fontSize(14)
        .text(options.rotatedLabel, 20, 700, { lineBreak: false })
        .restore();
    }
    const sidebarX = options.sidebarOnRight ? 420 : 36;
    const mainX = options.sidebarOnRight ? 36 : 210;
    const sidebarWidth = 150;
    const mainWidth = 360;
    // Draw the main column first so content-stream order is the opposite of reading order.
    let y = 60;
    doc.font("Helvetica");
    for (const line of MAIN_LINES) {
      const heading = line === line.toUpperCase();
      doc.font(heading ? "Helvetica-Bold" : "Helvetica").fontSize(heading ? 12 : 10.5);
      doc.text(line, mainX, y, { width: mainWidth, lineBreak: false });
      y += heading ? 22 : 15.5;
    }
    y = 52;
    for (const [index, line] of SIDEBAR_LINES.entries()) {
      const isName = index === 0;
      const heading = !isName && line === line.toUpperCase();
      doc.font(isName || heading ? "Helvetica-Bold" : "Helvetica").fontSize(isName ? 18 : heading ? 10 : 9);
      doc.text(line, sidebarX, y, { width: sidebarWidth, lineBreak: false });
      y += isName ? 30 : heading ? 19 : 13;
    }
  });
}

/** Many pages of dense text: slow enough to exercise timeouts. */
export function heavyPdf(pages: number): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc.font("Helvetica").fontSize(7);
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      for (let row = 0; row < 80; row++) {
        for (let col = 0; col < 6; col++) {
          doc.text(`w${p}-${row}-${col} lorem ipsum`, 40 + col * 90, 40 + row * 9, { lineBreak: false });
        }
      }
    }
  });
}

export function pagesPdf(pages: number, withText: boolean): Promise<Uint8Array> {
  return makePdf((doc) => {
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      if (withText)
        doc
          .font("Helvetica")
          .fontSize(10)
          .text(`Page ${p + 1}`);
      else doc.rect(100, 100, 200, 150).fill("#335577"); // a "scan": marks on the page, no text
    }
  });
}

export async function makeDocx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A DOCX with contact details in the page header and a page-number footer, as many Word templates do. */
export async function headerFooterDocx(headerLines: string[], bodyLines: string[], footerLine: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: headerLines.map((line) => new Paragraph(line)) }) },
        footers: {
          default: new Footer({
            children: [new Paragraph(footerLine), new Paragraph({ children: [new TextRun({ children: ["Page ", PageNumber.CURRENT] })] })],
          }),
        },
        children: bodyLines.map((line) => new Paragraph(line)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function paragraphsDocx(lines: string[]): Promise<Uint8Array> {
  return makeDocx(
    lines.map((line, i) => new Paragraph({ children: [new TextRun({ text: line, bold: i === 0, size: i === 0 ? 36 : 22 })] })),
  );
}

function cellParagraphs(lines: string[], nameSize: number | null): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ text: line, size: i === 0 && nameSize ? nameSize : 20, bold: i === 0 })],
      }),
  );
}

/** The common Word two-column resume: a borderless 1-row, 2-cell table. The name sits in the right cell when nameInRightCell. */
export function twoColumnTableDocx(left: string[], right: string[], options: { nameInRightCell?: boolean } = {}): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 30, type: WidthType.PERCENTAGE },
            children: cellParagraphs(left, options.nameInRightCell ? null : 40),
          }),
          new TableCell({
            width: { size: 70, type: WidthType.PERCENTAGE },
            children: cellParagraphs(right, options.nameInRightCell ? 40 : null),
          }),
        ],
      }),
    ],
  });
  return makeDocx([table]);
}

/**
 * Adds a linked (not embedded) picture pointing at `imageUrl` to a DOCX:
 * a relationship with TargetMode="External" and a blip with r:link.
 */
export function addExternalImageLink(docx: Uint8Array, imageUrl: string): Uint8Array {
  const files = unzipSync(docx);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const relsName = "word/_rels/document.xml.rels";
  const rels = decoder.decode(files[relsName]);
  files[relsName] = encoder.encode(
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdExternalPic" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${imageUrl}" TargetMode="External"/></Relationships>`,
    ),
  );
  const drawing =
    '<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="952500" cy="952500"/><wp:docPr id="99" name="Linked picture"/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="99" name="photo.png"/><pic:cNvPicPr/></pic:nvPicPr>' +
    '<pic:blipFill><a:blip r:link="rIdExternalPic"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>' +
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
  const documentXml = decoder.decode(files["word/document.xml"]);
  files["word/document.xml"] = encoder.encode(documentXml.replace("<w:body>", `<w:body>${drawing}`));
  return zipSync(files);
}

// --- A hand-written ZIP writer, so tests can declare sizes that lie. ---

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipFixtureEntry {
  name: string;
  data: Uint8Array;
  /** Uncompressed size written to the headers instead of the real one. */
  declaredSize?: number;
}

export function buildZip(entries: ZipFixtureEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const compressed = deflateSync(entry.data, { level: 6 });
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = new Uint8Array(30 + name.length + compressed.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, size >>> 0, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(compressed, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, size >>> 0, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(entries.length, 0xffff), true);
  ev.setUint16(10, Math.min(entries.length, 0xffff), true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let cursor = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, cursor);
    cursor += part.length;
  }
  return out;
}

const MINIMAL_DOCUMENT_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>';

/** A DOCX-shaped ZIP whose parts are given; word/document.xml defaults to a tiny valid body. */
export function docxShapedZip(extra: ZipFixtureEntry[], documentXml?: ZipFixtureEntry): Uint8Array {
  const encoder = new TextEncoder();
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: encoder.encode(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    documentXml ?? { name: "word/document.xml", data: encoder.encode(MINIMAL_DOCUMENT_XML) },
    ...extra,
  ]);
}
