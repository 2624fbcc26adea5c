import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { extractText } from "./extract-core";
import { readXmlRuns } from "./docx-hidden";
import { makeDocx, makePdf } from "./test-fixtures";

const STUFFING = "Kubernetes Terraform Golang";

describe("PDF hidden text", () => {
  it("leaves white text on a white page out of the text and reports it", async () => {
    const pdf = await makePdf((doc) => {
      doc.fontSize(12).fillColor("black").text("Jane Visible Doe");
      doc.fillColor("#ffffff").text(STUFFING);
      doc.fillColor("black").text("Registered nurse, ICU");
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Jane Visible Doe");
    expect(out.text).toContain("Registered nurse, ICU");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["background-colour"]);
    expect(out.hiddenText?.sample).toContain(STUFFING);
    expect(out.hiddenText?.chars).toBe(STUFFING.replace(/\s/g, "").length);
  });

  it("drops near-white and 1-pt text", async () => {
    const pdf = await makePdf((doc) => {
      doc.fontSize(12).fillColor("black").text("Jane Visible Doe");
      doc.fillColor("#fafafa").text("Ansible");
      doc.fillColor("black").fontSize(1).text("Terraform");
      doc.fontSize(12).text("Visible again");
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Visible again");
    expect(out.text).not.toContain("Ansible");
    expect(out.text).not.toContain("Terraform");
    expect(out.hiddenText?.reasons).toEqual(["background-colour", "tiny-font"]);
  });

  it("drops text drawn in the invisible render mode (3 Tr)", async () => {
    const pdf = await makePdf((doc) => {
      doc.font("Helvetica").fontSize(12).fillColor("black").text("Jane Visible Doe");
      const font = (doc as unknown as { _font: { id: string } })._font.id;
      // pdfkit flips the y axis, so the text matrix flips it back.
      doc.addContent(`BT /${font} 12 Tf 3 Tr 1 0 0 -1 50 300 Tm (Golang) Tj 0 Tr ET`);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Jane Visible Doe");
    expect(out.text).not.toContain("Golang");
    expect(out.hiddenText?.reasons).toEqual(["invisible-render-mode"]);
  });

  it("keeps white text on a dark band (a designed header) and reports nothing", async () => {
    const pdf = await makePdf((doc) => {
      doc.rect(0, 0, 612, 120).fill("#1f2a44");
      doc.fillColor("#ffffff").fontSize(20).text("Jane Banner Doe", 50, 50);
      doc.fillColor("black").fontSize(12).text("Experience", 50, 200);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Jane Banner Doe");
    expect(out.hiddenText).toBeUndefined();
  });

  it("drops text placed off the page and text painted over by a later white box", async () => {
    const pdf = await makePdf((doc) => {
      doc.fillColor("black").fontSize(12).text("Jane Visible Doe", 50, 50);
      doc.text("Kubernetes", 700, 100, { lineBreak: false });
      doc.text("Terraform", 50, 300);
      doc.rect(40, 290, 200, 30).fill("#ffffff");
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Jane Visible Doe");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.text).not.toContain("Terraform");
    expect(out.hiddenText?.reasons).toEqual(["covered", "off-page"]);
  });

  it("drops text outside the clipping path it is drawn in, keeps text inside it", async () => {
    const pdf = await makePdf((doc) => {
      doc.fillColor("black").fontSize(12).text("Jane Visible Doe", 50, 50);
      doc.save();
      doc.rect(50, 95, 300, 30).clip();
      doc.text("Inside the clip", 60, 100);
      doc.text("Kubernetes", 300, 300);
      doc.restore();
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Inside the clip");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["clipped"]);
  });
});

describe("DOCX hidden text", () => {
  it("leaves hidden, white and tiny runs out and reports them", async () => {
    const docx = await makeDocx([
      new Paragraph({ children: [new TextRun("Jane Visible Doe")] }),
      new Paragraph({ children: [new TextRun("Registered nurse. "), new TextRun({ text: "Kubernetes", vanish: true })] }),
      new Paragraph({ children: [new TextRun({ text: "Terraform", color: "FFFFFF" })] }),
      new Paragraph({ children: [new TextRun({ text: "Golang", size: 2 })] }),
      new Paragraph({ children: [new TextRun("ICU experience")] }),
    ]);
    const out = await extractText(docx);
    expect(out.text).toContain("Jane Visible Doe");
    expect(out.text).toContain("Registered nurse.");
    expect(out.text).toContain("ICU experience");
    for (const word of ["Kubernetes", "Terraform", "Golang"]) expect(out.text).not.toContain(word);
    expect(out.hiddenText?.reasons).toEqual(["background-colour", "hidden-run", "tiny-font"]);
    expect(out.hiddenText?.sample).toBe("Kubernetes Terraform Golang");
  });

  it("keeps white text in a dark-shaded table cell", async () => {
    const docx = await makeDocx([
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({
                shading: { type: ShadingType.CLEAR, fill: "1F2A44", color: "auto" },
                children: [new Paragraph({ children: [new TextRun({ text: "Jane Banner Doe", color: "FFFFFF" })] })],
              }),
            ],
          }),
        ],
      }),
      new Paragraph("Experience"),
    ]);
    const out = await extractText(docx);
    expect(out.text).toContain("Jane Banner Doe");
    expect(out.hiddenText).toBeUndefined();
  });
});

describe("readXmlRuns", () => {
  it("reads vanish switched off as visible and a paragraph's shading as the background", () => {
    const xml =
      '<w:body><w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Shown</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:shd w:val="clear" w:fill="000000"/></w:pPr><w:r><w:rPr><w:color w:val="000000"/></w:rPr><w:t>Black on black</w:t></w:r></w:p></w:body>';
    expect(readXmlRuns(xml)).toEqual([
      { text: "Shown", reason: null },
      { text: "Black on black", reason: "background-colour" },
    ]);
  });
});
