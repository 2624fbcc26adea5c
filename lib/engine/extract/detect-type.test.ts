import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect-type";
import { buildZip, docxShapedZip } from "./test-fixtures";

const enc = new TextEncoder();

describe("detectFileType", () => {
  // The smallest body pdf.js can find a catalog in: one object and a trailer naming it.
  const skeleton = "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

  it("finds %PDF- at the start, after whitespace or after a UTF-8 BOM", () => {
    expect(detectFileType(enc.encode(`%PDF-1.7${skeleton}`)).type).toBe("pdf");
    expect(detectFileType(enc.encode(`\r\n  %PDF-1.4${skeleton}`)).type).toBe("pdf");
    expect(detectFileType(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`%PDF-1.5${skeleton}`)])).type).toBe("pdf");
  });

  it("flags a PDF header with no objects, or with no way to its catalog, as damaged", () => {
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    for (const bytes of [enc.encode("%PDF-1.7\n..."), new Uint8Array([...enc.encode("%PDF-1.7\n"), ...garbage])]) {
      expect(detectFileType(bytes)).toMatchObject({ type: "unknown", damaged: true });
    }
    const cut = enc.encode("%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Length 0 >> stream\n");
    expect(detectFileType(cut)).toMatchObject({ type: "unknown", damaged: true });
  });

  it("does not call text that merely mentions %PDF- a PDF", () => {
    expect(detectFileType(enc.encode("Notes about the %PDF-1.7 header")).type).toBe("txt");
  });

  it("recognises a DOCX by word/document.xml in the ZIP directory", () => {
    const result = detectFileType(docxShapedZip([]));
    expect(result.type).toBe("docx");
    expect(result.zip?.entries.some((e) => e.name === "word/document.xml")).toBe(true);
  });

  it("refuses other ZIP archives, and flags a ZIP with a broken directory as damaged", () => {
    expect(detectFileType(buildZip([{ name: "a.txt", data: enc.encode("a") }])).type).toBe("unknown");
    const truncated = docxShapedZip([]).subarray(0, 60);
    const result = detectFileType(truncated);
    expect(result.type).toBe("unknown");
    expect(result.damaged).toBe(true);
  });

  it.each([
    ["ELF", [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]],
    ["Mach-O", [0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]],
    ["MZ", [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]],
    ["GIF", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
    ["OLE (.doc)", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ])("refuses %s", (_name, magic) => {
    const bytes = new Uint8Array(256);
    bytes.set(magic);
    expect(detectFileType(bytes).type).toBe("unknown");
  });

  const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0, 0, 0, 3, 0];
  const jpegHeader = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0, 0x11, 8, 3, 0, 2, 0];
  it.each([
    ["png", pngHeader],
    ["jpeg", jpegHeader],
    ["tiff", [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]],
    ["tiff", [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]],
  ])("accepts a %s image for OCR", (format, header) => {
    const bytes = new Uint8Array(256);
    bytes.set(header);
    expect(detectFileType(bytes)).toMatchObject({ type: "image", image: format });
  });

  it.each([
    ["a PNG signature without its image header", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]],
    ["a PNG header of a 0-pixel-wide image", pngHeader.map((b, i) => (i >= 16 && i < 20 ? 0 : b))],
    ["a JPEG cut before its frame header", jpegHeader.slice(0, 20)],
    ["a TIFF whose directory is past the end", [0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0, 0]],
  ])("refuses %s as damaged", (_name, header) => {
    expect(detectFileType(new Uint8Array(header))).toMatchObject({ type: "unknown", damaged: true });
  });

  it("accepts UTF-8 (with or without BOM), Windows-1252 and UTF-16 text", () => {
    expect(detectFileType(enc.encode("Zoë Müller — 李明")).encoding).toBe("utf-8");
    expect(detectFileType(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).encoding).toBe("utf-8");
    expect(detectFileType(new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x65])).encoding).toBe("windows-1252");
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(detectFileType(utf16)).toMatchObject({ type: "txt", encoding: "utf-16le" });
  });

  it("refuses binary noise that is neither UTF-8 nor plausible text", () => {
    const noise = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
    expect(detectFileType(noise).type).toBe("unknown");
  });

  it("reports an empty file", () => {
    expect(detectFileType(new Uint8Array(0))).toMatchObject({ type: "unknown", reason: "empty file" });
  });
});
