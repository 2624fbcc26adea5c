import { ExternalHyperlink, ImageRun, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { addExternalImageLink, docxShapedZip, makeDocx } from "@/lib/engine/extract/test-fixtures";
import { docxToSafeHtml } from "./docx-original-html";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

describe("docxToSafeHtml", () => {
  it("shows the document's text and embedded photo, links as text, no linked image", async () => {
    const docx = await makeDocx([
      new Paragraph({ children: [new TextRun({ text: "Jane Doe", bold: true })] }),
      new Paragraph({ children: [new ImageRun({ type: "png", data: PNG, transformation: { width: 40, height: 40 } })] }),
      new Paragraph({
        children: [new ExternalHyperlink({ link: "https://portfolio.example/jane", children: [new TextRun("Portfolio")] })],
      }),
      new Paragraph("Data engineer, Python and SQL"),
    ]);
    const html = await docxToSafeHtml(addExternalImageLink(docx, "https://tracker.example/pixel.png"));
    expect(html).toContain("<strong>Jane Doe</strong>");
    expect(html).toContain("Data engineer, Python and SQL");
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    expect(html).toContain("<span>Portfolio</span>");
    expect(html).not.toContain("portfolio.example");
    expect(html).not.toContain("tracker.example");
    expect(html).not.toContain("href");
  });

  it("leaves out text a reader of the document cannot see, as text extraction does", async () => {
    const docx = await makeDocx([
      new Paragraph({ children: [new TextRun("Registered nurse. "), new TextRun({ text: "Kubernetes", vanish: true })] }),
      new Paragraph({ children: [new TextRun({ text: "Terraform", color: "FFFFFF" })] }),
    ]);
    const html = await docxToSafeHtml(docx);
    expect(html).toContain("Registered nurse.");
    expect(html).not.toContain("Kubernetes");
    expect(html).not.toContain("Terraform");
  });

  it("refuses an archive whose parts inflate beyond their declared size, with a message saying what to do", async () => {
    const bomb = docxShapedZip([{ name: "word/media/image1.png", data: new Uint8Array(4 * 1024 * 1024), declaredSize: 10 }]);
    await expect(docxToSafeHtml(bomb)).rejects.toMatchObject({
      code: "UNPROCESSABLE_DOCUMENT",
      userMessage: expect.stringContaining("Download"),
    });
  });
});
