import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/engine/errors";
import { docxShapedZip, singleColumnPdf } from "@/lib/engine/extract/test-fixtures";
import { checkUploadFile } from "./check-upload-file";

const limits = { maxFileBytes: 5 * 1024 * 1024 };

function rejectionCode(bytes: Uint8Array): string | null {
  try {
    checkUploadFile(bytes, limits);
    return null;
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
}

describe("checkUploadFile: structure readable at once", () => {
  it("accepts a whole PDF, DOCX and text file", async () => {
    expect(checkUploadFile(await singleColumnPdf(), limits).format).toBe("pdf");
    expect(checkUploadFile(docxShapedZip([]), limits).format).toBe("docx");
    expect(checkUploadFile(new TextEncoder().encode("Jane Doe\nEngineer"), limits).format).toBe("txt");
  });

  it("rejects a PDF cut before its trailer as CORRUPT_FILE", async () => {
    const pdf = await singleColumnPdf();
    expect(rejectionCode(pdf.subarray(0, Math.floor(pdf.length / 3)))).toBe("CORRUPT_FILE");
  });

  it("rejects a PDF header followed by garbage as CORRUPT_FILE", () => {
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    expect(rejectionCode(new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...garbage]))).toBe("CORRUPT_FILE");
  });

  it("rejects a DOCX whose ZIP directory is cut off as CORRUPT_FILE", () => {
    const docx = docxShapedZip([]);
    expect(rejectionCode(docx.subarray(0, docx.length - 30))).toBe("CORRUPT_FILE");
  });

  it("tells the user what to do, not what the parser saw", async () => {
    const pdf = await singleColumnPdf();
    try {
      checkUploadFile(pdf.subarray(0, 200), limits);
      expect.unreachable("a 200-byte PDF prefix must be rejected");
    } catch (error) {
      expect((error as EngineError).userMessage).toMatch(/damaged.*upload the new file/i);
      expect((error as EngineError).userMessage).not.toMatch(/trailer|catalog|xref/i);
    }
  });
});
