import { describe, expect, it } from "vitest";
import { type EngineErrorCode, isEngineError } from "../errors";
import { extractText } from "./index";
import type { ExtractLimits } from "./limits";
import { buildZip, docxShapedZip, heavyPdf, makePdf, pagesPdf, paragraphsDocx, singleColumnPdf } from "./test-fixtures";

async function expectCode(bytes: Uint8Array, code: EngineErrorCode, limits: Partial<ExtractLimits> = {}): Promise<void> {
  let caught: unknown;
  try {
    await extractText(bytes, limits);
  } catch (error) {
    caught = error;
  }
  expect(isEngineError(caught), `expected EngineError ${code}, got ${String(caught)}`).toBe(true);
  if (isEngineError(caught)) {
    expect(caught.code).toBe(code);
    expect(caught.userMessage.length).toBeGreaterThan(20);
  }
}

const encoder = new TextEncoder();

describe("extractText: hostile and broken input", () => {
  it("rejects a 0-byte file as EMPTY_FILE", async () => {
    await expectCode(new Uint8Array(0), "EMPTY_FILE");
  });

  it("rejects a file over maxFileBytes before parsing", async () => {
    await expectCode(await singleColumnPdf(), "FILE_TOO_LARGE", { maxFileBytes: 100 });
  });

  it("rejects a truncated PDF as CORRUPT_FILE", async () => {
    const pdf = await singleColumnPdf();
    await expectCode(pdf.subarray(0, Math.floor(pdf.length / 3)), "CORRUPT_FILE");
  });

  it("rejects a PDF header followed by garbage as CORRUPT_FILE", async () => {
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    await expectCode(new Uint8Array([...encoder.encode("%PDF-1.7\n"), ...garbage]), "CORRUPT_FILE");
  });

  it("skips a PDF page whose page object is broken and keeps the others", async () => {
    const pdf = await makePdf(
      (doc) => {
        doc.text("Page one text");
        doc.addPage();
        doc.text("Page two text");
        doc.addPage();
        doc.text("Page three text");
      },
      { compress: false },
    );
    let source = Buffer.from(pdf).toString("latin1");
    const pageMarks = [...source.matchAll(/\/Type \/Page\n/g)].map((m) => m.index);
    const second = pageMarks[1];
    if (second === undefined) throw new Error("fixture has fewer than two pages");
    // Turn page 2 into a bogus page-tree node: pdf.js fails on that page only.
    source = `${source.slice(0, second)}/Type /Pages /Kids [1 0 R] /Count 1\n${source.slice(second + 12)}`;
    const doc = await extractText(new Uint8Array(Buffer.from(source, "latin1")));
    expect(doc.text).toBe("Page one text\n\nPage three text");
    expect(doc.warnings).toEqual(["pdf: unreadable page(s) skipped: 2"]);
  });

  it("rejects a password-protected PDF as ENCRYPTED_PDF", async () => {
    const pdf = await makePdf((doc) => doc.text("Secret resume"), { userPassword: "hunter2" });
    await expectCode(pdf, "ENCRYPTED_PDF");
  });

  it("rejects a 1,000-page PDF as TOO_MANY_PAGES from the page count alone", async () => {
    const pdf = await pagesPdf(1000, true);
    await expectCode(pdf, "TOO_MANY_PAGES");
  });

  it("honours a custom page limit", async () => {
    await expectCode(await pagesPdf(3, true), "TOO_MANY_PAGES", { maxPdfPages: 2 });
  });

  it("reports a PDF with pages but no text, even by OCR, as NO_TEXT_LAYER", async () => {
    let caught: unknown;
    try {
      await extractText(await pagesPdf(2, false));
    } catch (error) {
      caught = error;
    }
    expect(isEngineError(caught) && caught.code).toBe("NO_TEXT_LAYER");
    expect(isEngineError(caught) && caught.userMessage).toBe(
      "This PDF has no text layer and no text could be recognised in its pages — upload the original document or a DOCX",
    );
  });

  it("rejects an ELF executable renamed to .pdf as UNSUPPORTED_TYPE", async () => {
    const elf = new Uint8Array(512);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    await expectCode(elf, "UNSUPPORTED_TYPE");
  });

  it("rejects a Windows MZ executable as UNSUPPORTED_TYPE", async () => {
    const exe = new Uint8Array(1024);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    exe.set(encoder.encode("This program cannot be run in DOS mode."), 0x4e);
    await expectCode(exe, "UNSUPPORTED_TYPE");
  });

  it("rejects a ZIP that is not a Word document as UNSUPPORTED_TYPE", async () => {
    await expectCode(buildZip([{ name: "notes/readme.txt", data: encoder.encode("hello") }]), "UNSUPPORTED_TYPE");
  });

  it("rejects a DOCX whose directory declares a huge uncompressed size, without inflating", async () => {
    const bomb = docxShapedZip([{ name: "word/media/huge.bin", data: encoder.encode("x"), declaredSize: 4_000_000_000 }]);
    await expectCode(bomb, "DOCX_TOO_LARGE_UNCOMPRESSED");
  });

  it("rejects a DOCX with an honest but oversized XML part (zip bomb)", async () => {
    const zeros = new Uint8Array(6 * 1024 * 1024); // deflates to ~6 KB
    const bomb = docxShapedZip([], { name: "word/document.xml", data: zeros });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectCode(bomb, "DOCX_TOO_LARGE_UNCOMPRESSED", { maxDocxUncompressedBytes: 4 * 1024 * 1024 });
  });

  it("rejects a DOCX whose XML part inflates beyond its declared size (lying directory)", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const liar = docxShapedZip([], { name: "word/document.xml", data: zeros, declaredSize: 200 });
    await expectCode(liar, "DOCX_TOO_LARGE_UNCOMPRESSED");
  });

  it("rejects a DOCX with too many entries as DOCX_TOO_MANY_ENTRIES", async () => {
    const entries = Array.from({ length: 2_100 }, (_, i) => ({ name: `word/media/p${i}.bin`, data: new Uint8Array([i & 0xff]) }));
    await expectCode(docxShapedZip(entries), "DOCX_TOO_MANY_ENTRIES");
  });

  it("rejects a truncated DOCX as CORRUPT_FILE", async () => {
    const docx = await paragraphsDocx(["Jane Doe", "Engineer"]);
    await expectCode(docx.subarray(0, docx.length - 200), "CORRUPT_FILE");
  });

  it("rejects text longer than maxTextChars as TEXT_TOO_LONG", async () => {
    await expectCode(encoder.encode("word ".repeat(2_000)), "TEXT_TOO_LONG", { maxTextChars: 1_000 });
  });

  it("rejects a DOCX with no text as EMPTY_DOCUMENT", async () => {
    await expectCode(await paragraphsDocx(["", "   "]), "EMPTY_DOCUMENT");
  });

  it("rejects a whitespace-only text file as EMPTY_DOCUMENT", async () => {
    await expectCode(encoder.encode(" \n\t\r\n  "), "EMPTY_DOCUMENT");
  });

  it("stops a PDF that runs past its time budget with PARSE_TIMEOUT", async () => {
    await expectCode(await heavyPdf(15), "PARSE_TIMEOUT", { timeoutMs: 1 });
  });
});
