import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun } from "docx";
import { unzipSync, zipSync } from "fflate";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { extractText } from "./extract-core";
import { readStyles, readXmlRuns } from "./docx-hidden";
import { makeDocx, makePdf, type PdfDoc } from "./test-fixtures";

const STUFFING = "Kubernetes Terraform Golang";

/** A PNG from rows of RGBA pixels, top row first. */
async function png(rows: number[][][]): Promise<Buffer> {
  const width = rows[0]?.length ?? 0;
  const raw = Buffer.from(rows.flat(2));
  return sharp(raw, { raw: { width, height: rows.length, channels: 4 } })
    .png()
    .toBuffer();
}

// A page that paints images and shows under 40 characters is read as a scan; these pages have a typed header.
function visibleHeader(doc: PdfDoc): void {
  doc.fillColor("black").fontSize(12).text("Jane Visible Doe", 50, 50);
  doc.text("Charge nurse with ten years on surgical and cardiac wards", 50, 66);
}

const solid = (r: number, g: number, b: number, a = 255) => png([[[r, g, b, a]]]);

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

describe("PDF text on and under images", () => {
  it("drops white text on a white image and dark text on a dark image, flagged as background-coloured", async () => {
    const light = await solid(250, 250, 250);
    const dark = await solid(20, 24, 30);
    const pdf = await makePdf((doc) => {
      visibleHeader(doc);
      doc.image(light, 40, 100, { width: 400, height: 60 });
      doc.fillColor("#ffffff").text("Kubernetes", 60, 120);
      doc.image(dark, 40, 200, { width: 400, height: 60 });
      doc.fillColor("#101418").text("Terraform", 60, 220);
      doc.fillColor("black").text("Registered nurse, ICU", 50, 400);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Jane Visible Doe");
    expect(out.text).toContain("Registered nurse, ICU");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.text).not.toContain("Terraform");
    expect(out.hiddenText?.reasons).toEqual(["background-colour"]);
    expect(out.hiddenText?.sample).toBe("Kubernetes Terraform");
  });

  it("keeps dark text on a light background image and white text on a dark photo, and reports nothing", async () => {
    const paper = await solid(236, 230, 214);
    const photo = await solid(40, 60, 90);
    const pdf = await makePdf((doc) => {
      doc.image(paper, 0, 0, { width: 612, height: 792 });
      doc.fillColor("#222222").fontSize(12).text("Jane Visible Doe", 50, 50);
      doc.text("Kubernetes administration", 50, 80);
      doc.image(photo, 40, 200, { width: 400, height: 60 });
      doc.fillColor("#ffffff").text("Terraform modules", 60, 220);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Kubernetes administration");
    expect(out.text).toContain("Terraform modules");
    expect(out.hiddenText).toBeUndefined();
  });

  it("reads the image's pixels where each word lies: hidden on its light half, kept on its dark half", async () => {
    // Top half white, bottom half near-black; left half white, right half black.
    const rows = await png([[[255, 255, 255, 255]], [[15, 15, 15, 255]]]);
    const cols = await png([
      [
        [255, 255, 255, 255],
        [0, 0, 0, 255],
      ],
    ]);
    const pdf = await makePdf((doc) => {
      visibleHeader(doc);
      doc.image(rows, 40, 100, { width: 400, height: 100 });
      doc.fillColor("#ffffff").text("Kubernetes", 60, 115, { lineBreak: false });
      doc.text("Dialysis", 60, 170, { lineBreak: false });
      doc.image(cols, 40, 300, { width: 400, height: 40 });
      doc.text("Terraform", 60, 312, { lineBreak: false });
      doc.text("Phlebotomy", 300, 312, { lineBreak: false });
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Dialysis");
    expect(out.text).toContain("Phlebotomy");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.text).not.toContain("Terraform");
    expect(out.hiddenText?.sample).toBe("Kubernetes Terraform");
  });

  it("drops text an opaque image is painted over, keeps text under a logo's transparent part", async () => {
    const opaque = await solid(200, 40, 40);
    // A logo: an opaque mark on the left, transparent to the right of it.
    const logo = await png([
      [
        [200, 40, 40, 255],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
    ]);
    const pdf = await makePdf((doc) => {
      visibleHeader(doc);
      doc.text("Kubernetes", 60, 120, { lineBreak: false });
      doc.image(opaque, 40, 100, { width: 300, height: 50 });
      doc.text("Critical care nursing", 150, 320, { lineBreak: false });
      doc.image(logo, 40, 300, { width: 400, height: 50 });
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Critical care nursing");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["covered"]);
    expect(out.hiddenText?.sample).toBe("Kubernetes");
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

/** Rewrites parts of a DOCX made by the docx package: extra styles and raw body XML before </w:body>'s section properties. */
function patchDocx(docx: Uint8Array, styles: string, body: string): Uint8Array {
  const files = unzipSync(docx);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  files["word/styles.xml"] = new TextEncoder().encode(text("word/styles.xml").replace("</w:styles>", `${styles}</w:styles>`));
  files["word/document.xml"] = new TextEncoder().encode(text("word/document.xml").replace(/<w:sectPr\b/, `${body}<w:sectPr`));
  return zipSync(files);
}

const para = (runs: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A text box the way Word writes it: DrawingML (its extent in EMU) with a VML fallback (its size in points), which mammoth reads. */
const textBox = (text: string, widthPt: number, heightPt: number) => {
  const [cx, cy] = [widthPt * 12_700, heightPt * 12_700];
  const content = `<w:txbxContent>${para(run(text))}</w:txbxContent>`;
  const drawing = `<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/><wp:wrapNone/><wp:docPr id="7" name="Text Box 7"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vml = `<w:pict><v:shape id="tb7" type="#_x0000_t202" style="position:absolute;width:${widthPt}pt;height:${heightPt}pt"><v:textbox>${content}</v:textbox></v:shape></w:pict>`;
  return para(
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`,
  );
};

describe("DOCX text hidden through styles, highlight and text boxes", () => {
  it("drops runs hidden by their character or paragraph style, white on a white highlight, and in a zero-size text box", async () => {
    const base = await makeDocx([new Paragraph("Jane Visible Doe")]);
    const styles =
      '<w:style w:type="character" w:customStyle="1" w:styleId="Quiet"><w:name w:val="Quiet"/><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="character" w:customStyle="1" w:styleId="Quieter"><w:name w:val="Quieter"/><w:basedOn w:val="Quiet"/><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Fine"><w:name w:val="Fine"/><w:rPr><w:sz w:val="2"/></w:rPr></w:style>';
    const body = [
      para(run("Registered nurse. ") + run("Kubernetes", '<w:rStyle w:val="Quieter"/>')),
      para(run("Terraform"), '<w:pStyle w:val="Fine"/>'),
      para(run("Golang", '<w:color w:val="000000"/><w:highlight w:val="black"/>')),
      para(run("Shown despite the style", '<w:rStyle w:val="Quiet"/><w:vanish w:val="0"/>')),
      textBox("Ansible", 0, 0),
      textBox("Telemetry monitoring", 144, 36),
      para(run("ICU experience")),
    ].join("");
    const out = await extractText(patchDocx(base, styles, body));
    for (const kept of ["Jane Visible Doe", "Registered nurse.", "Shown despite the style", "Telemetry monitoring", "ICU experience"]) {
      expect(out.text).toContain(kept);
    }
    for (const word of ["Kubernetes", "Terraform", "Golang", "Ansible"]) expect(out.text).not.toContain(word);
    expect(out.hiddenText?.reasons).toEqual(["background-colour", "clipped", "hidden-run", "tiny-font"]);
  });
});

describe("readStyles", () => {
  it("keeps white text of a banner style on its own dark paragraph shading, drops a style's white text on the page", () => {
    const styles = readStyles(
      '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Banner"><w:pPr><w:shd w:val="clear" w:fill="1F2A44"/></w:pPr><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Ghost"><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="FEFEFE"/></w:rPr></w:style></w:styles>',
    );
    const xml =
      '<w:body><w:p><w:pPr><w:pStyle w:val="Banner"/></w:pPr><w:r><w:t>Jane Banner Doe</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Ghost"/></w:pPr><w:r><w:t>Kubernetes</w:t></w:r></w:p></w:body>';
    expect(readXmlRuns(xml, styles)).toEqual([
      { text: "Jane Banner Doe", reason: null },
      { text: "Kubernetes", reason: "background-colour" },
    ]);
  });
});
