// Scans and photos are read by OCR: a PNG, JPEG or TIFF resume and a PDF of
// page images give the resume's text, marked as OCR with a confidence; broken,
// oversized and over-long scans fail with their own error codes.
// The scan is lib/engine/extract/fixtures/scanned-resume.png (made by
// scripts/make-ocr-fixture.ts from scanned-resume.txt beside it).
import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { PDFParse } from "pdf-parse";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { type EngineErrorCode, isEngineError } from "../errors";
import { extractText } from "./index";
import type { ExtractLimits } from "./limits";
import { pdfOcrSource, type RenderableDocument } from "./ocr-pdf";
import { makePdf, singleColumnPdf } from "./test-fixtures";

const fixtures = path.join(import.meta.dirname, "fixtures");
const scanPng = new Uint8Array(readFileSync(path.join(fixtures, "scanned-resume.png")));
const sourceText = readFileSync(path.join(fixtures, "scanned-resume.txt"), "utf8");

const OCR_TEST_TIMEOUT = 120_000;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9@.()-]+/g) ?? [];
}

/** Share of the source's words found, in any order, in the recognised text. */
function wordRecall(recognised: string): number {
  const found = new Set(words(recognised));
  const expected = words(sourceText);
  return expected.filter((w) => found.has(w)).length / expected.length;
}

async function scanPdf(pages: number): Promise<Uint8Array> {
  const meta = await sharp(scanPng).metadata();
  const width = ((meta.width ?? 1500) * 72) / 200;
  const height = ((meta.height ?? 860) * 72) / 200;
  return makePdf((doc) => {
    for (let i = 0; i < pages; i++) {
      if (i > 0) doc.addPage({ size: [width, height], margin: 0 });
      doc.image(Buffer.from(scanPng), 0, 0, { width, height });
    }
  });
}

async function codeOf(bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<EngineErrorCode | string> {
  try {
    await extractText(bytes, limits);
    return "no error";
  } catch (error) {
    if (!isEngineError(error)) return `not an EngineError: ${String(error)}`;
    expect(error.userMessage.length).toBeGreaterThan(20);
    return error.code;
  }
}

/** A PNG whose header declares `width`×`height` pixels, with a token image body: refused before decoding. */
function pngDeclaring(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(1024))), chunk("IEND", Buffer.alloc(0))]),
  );
}

/** A 200 dpi Letter page image with a sidebar (name, contact, skills) beside a main column, as a PNG. */
async function sidebarPagePng(): Promise<Uint8Array> {
  const left = [
    "CONTACT",
    "San Francisco, CA",
    "+1 (628) 555-0142",
    "lukasz.w@example.com",
    "STACK",
    "Python, PyTorch",
    "Triton, ONNX",
    "Docker, Kubernetes",
    "GCP, BigQuery",
    "EDUCATION",
    "M.Sc. Computer Science",
    "AGH Kraków, 2021",
  ];
  const right = [
    "EXPERIENCE",
    "ML Engineer at Parchment AI",
    "Sep 2022 to Present",
    "Fine-tuned transformer models",
    "for invoice extraction",
    "Built serving on Triton with",
    "dynamic batching on GKE",
    "Training pipelines on Vertex AI",
    "with automated eval gates",
    "Perception models for robots",
    "quantization and CUDA work",
    "at Ostrava Robotics, Poland",
  ];
  const text = (x: number, y: number, size: number, s: string, weight = "normal") =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}">${s}</text>`;
  const rows = left.map((s, i) => text(90, 330 + i * 75, 30, s)).concat(right.map((s, i) => text(640, 330 + i * 75, 30, s)));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1700" height="2200"><rect width="1700" height="2200" fill="#fff"/>${text(90, 200, 52, "Łukasz Wiśniewski", "bold")}${rows.join("")}</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg), { density: 72 }).greyscale().withMetadata({ density: 200 }).png().toBuffer());
}

describe("extractText: OCR of scans and photos", () => {
  it(
    "reads a PNG scan of a resume: name, contact details and dates, marked as OCR with its confidence",
    async () => {
      const doc = await extractText(scanPng);
      expect(doc.format).toBe("png");
      expect(doc.pageCount).toBe(1);
      expect(doc.text).toContain("Dana Whitfield");
      expect(doc.text).toContain("dana.whitfield@example.com");
      expect(doc.text).toContain("(503) 555-0182");
      expect(doc.text).toMatch(/March 2021\s+\S\s+Present/);
      expect(wordRecall(doc.text)).toBeGreaterThan(0.95);
      expect(doc.ocr?.pages).toBe(1);
      expect(doc.ocr?.confidence).toBeGreaterThan(0.8);
      expect(doc.ocr?.confidence).toBeLessThanOrEqual(1);
    },
    OCR_TEST_TIMEOUT,
  );

  it(
    "reads the same scan saved as JPEG and as TIFF",
    async () => {
      const jpeg = new Uint8Array(await sharp(scanPng).jpeg({ quality: 80 }).toBuffer());
      const tiff = new Uint8Array(await sharp(scanPng).tiff({ compression: "lzw" }).toBuffer());
      for (const [bytes, format] of [
        [jpeg, "jpeg"],
        [tiff, "tiff"],
      ] as const) {
        const doc = await extractText(bytes);
        expect(doc.format).toBe(format);
        expect(doc.text).toContain("dana.whitfield@example.com");
        expect(doc.ocr?.confidence).toBeGreaterThan(0.8);
      }
    },
    OCR_TEST_TIMEOUT,
  );

  it(
    "reads a PDF of page images (no text layer) by OCR instead of refusing it",
    async () => {
      const doc = await extractText(await scanPdf(1));
      expect(doc.format).toBe("pdf");
      expect(doc.text).toContain("Dana Whitfield");
      expect(wordRecall(doc.text)).toBeGreaterThan(0.95);
      expect(doc.ocr).toMatchObject({ pages: 1 });
      expect(doc.warnings).toContain("pdf: no usable text layer; the pages were read by OCR");
    },
    OCR_TEST_TIMEOUT,
  );

  it(
    "reads a Polish name with its letters (Ł, ś) and a sidebar page column by column",
    async () => {
      const doc = await extractText(await sidebarPagePng());
      expect(doc.text).toContain("Łukasz Wiśniewski");
      const lines = doc.text.split("\n");
      // The sidebar's lines are not joined to the main column's lines at the same height…
      expect(lines.find((l) => l.includes("CONTACT"))).not.toMatch(/EXPERIENCE/);
      expect(lines.find((l) => l.includes("+1 (628) 555-0142"))).not.toMatch(/Engineer|Parchment/);
      // …and the whole sidebar comes before the main column.
      expect(doc.text.indexOf("AGH Krak")).toBeGreaterThan(0);
      expect(doc.text.indexOf("AGH Krak")).toBeLessThan(doc.text.indexOf("EXPERIENCE"));
    },
    OCR_TEST_TIMEOUT,
  );

  it("renders a 200 dpi scanned PDF page at 240 dpi, not at the 300 dpi of pages drawn as text", async () => {
    // A Letter page filled by a scan 1500 pixels wide over 7.5 inches: 200 dpi, rendered at the 240 dpi floor.
    const pdf = await makePdf((doc) => doc.image(Buffer.from(scanPng), 36, 36, { width: 540, height: 720 }));
    const parser = new PDFParse({ data: pdf, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
    try {
      const doc = (await (parser as unknown as { load(): Promise<RenderableDocument> }).load()) as RenderableDocument;
      const page = await pdfOcrSource(doc, 300).render(1);
      // Drawn at 300 dpi the page would be 2550 pixels wide, with no more detail.
      expect(page.dpi).toBeCloseTo(240, 0);
      expect(Math.abs(page.width - 2040)).toBeLessThan(10);
    } finally {
      await parser.destroy();
    }
  });

  it("leaves a PDF with a text layer to the text layer", async () => {
    const doc = await extractText(await singleColumnPdf());
    expect(doc.ocr).toBeUndefined();
  });

  it("refuses an image whose header declares 100,000 × 100,000 pixels as IMAGE_TOO_LARGE, without decoding it", async () => {
    expect(await codeOf(pngDeclaring(100_000, 100_000))).toBe("IMAGE_TOO_LARGE");
    expect(await codeOf(scanPng, { maxImagePixels: 1_000 })).toBe("IMAGE_TOO_LARGE");
  });

  it("refuses a truncated PNG and a JPEG of garbage as CORRUPT_FILE", async () => {
    expect(await codeOf(scanPng.subarray(0, 400))).toBe("CORRUPT_FILE");
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    garbage.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await codeOf(garbage)).toBe("CORRUPT_FILE");
  });

  it(
    "stops a 50-page scan at the document's budget with OCR_TIMEOUT",
    async () => {
      const pdf = await scanPdf(50);
      const started = Date.now();
      // The text layer (none) is read first; OCR then gets what is left of the 25 s, about as many pages as that allows.
      expect(await codeOf(pdf, { maxPdfPages: 60, timeoutMs: 25_000 })).toBe("OCR_TIMEOUT");
      // It stops itself (before a worker pool would kill it), not after reading all 50 pages.
      expect(Date.now() - started).toBeLessThan(25_000 + 5_000);
    },
    OCR_TEST_TIMEOUT,
  );

  it(
    "stops a page that runs past the per-page budget with OCR_TIMEOUT",
    async () => {
      expect(await codeOf(scanPng, { ocrPageTimeoutMs: 1 })).toBe("OCR_TIMEOUT");
    },
    OCR_TEST_TIMEOUT,
  );
});

describe("a closed OCR session", () => {
  it(
    "refuses further pages with OCR_TIMEOUT instead of handing them to terminated Tesseract threads",
    async () => {
      const { OcrSession } = await import("./ocr-engine");
      const session = await OcrSession.open(Date.now() + 60_000);
      await session.close();
      const image = { width: 40, height: 20, pixels: new Uint8Array(40 * 20).fill(255), dpi: 300 };
      await expect(session.recognize(image, Date.now() + 60_000, 2, true)).rejects.toMatchObject({ code: "OCR_TIMEOUT" });
    },
    OCR_TEST_TIMEOUT,
  );
});
