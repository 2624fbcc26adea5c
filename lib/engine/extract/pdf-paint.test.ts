// Hidden text through soft masks, blend modes, stencil masks, vector shapes and
// form bounding boxes, on PDFs written with pdfkit plus hand-written resources.
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { extractText } from "./extract-core";
import { OP } from "./pdf-hidden";
import { composite } from "./pdf-paint";
import { makePdf, type PdfDoc } from "./test-fixtures";

interface PdfKitInternals {
  ref(dict: Record<string, unknown>): { end(data?: string | Buffer): void };
  page: { ext_gstates: Record<string, unknown>; xobjects: Record<string, unknown> };
}
const raw = (doc: PdfDoc) => doc as unknown as PdfKitInternals;

/** Registers an ExtGState on the page under `name`. */
function gstate(doc: PdfDoc, name: string, dict: Record<string, unknown>): void {
  const ref = raw(doc).ref({ Type: "ExtGState", ...dict });
  ref.end();
  raw(doc).page.ext_gstates[name] = ref;
}

/** A form XObject whose content is `content` (pdfkit's top-down coordinates apply, as the page's matrix is in force). */
function form(doc: PdfDoc, content: string, extra: Record<string, unknown> = {}) {
  const ref = raw(doc).ref({ Type: "XObject", Subtype: "Form", BBox: [0, 0, 612, 792], ...extra });
  ref.end(content);
  return ref;
}

/** A luminosity soft mask that is white (shows) inside the rectangle and black (hides) elsewhere. */
function maskShowingOnly(doc: PdfDoc, name: string, [x, y, w, h]: number[]): void {
  const group = form(doc, `0 g 0 0 612 792 re f 1 g ${x} ${y} ${w} ${h} re f`, { Group: { S: "Transparency", CS: "DeviceRGB" } });
  gstate(doc, name, { SMask: { Type: "Mask", S: "Luminosity", G: group } });
}

function header(doc: PdfDoc): void {
  doc.fillColor("black").fontSize(12).text("Jane Visible Doe", 50, 50);
  doc.text("Charge nurse with ten years on surgical and cardiac wards", 50, 66);
}

describe("operator codes", () => {
  it("match the pdf.js build in use", () => {
    for (const [name, code] of Object.entries(OP)) expect(OPS[name as keyof typeof OPS], name).toBe(code);
  });
});

describe("PDF soft masks", () => {
  it("drops text painted through a soft mask that is black where it lies, keeps text where the mask is white", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      maskShowingOnly(doc, "GsM", [40, 190, 300, 30]);
      doc.save();
      doc.addContent("/GsM gs");
      doc.text("Dialysis", 50, 200, { lineBreak: false });
      doc.text("Kubernetes", 50, 300, { lineBreak: false });
      doc.restore();
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Dialysis");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["transparent"]);
    expect(out.hiddenText?.sample).toBe("Kubernetes");
  });

  it("does not take a mask's own content for paint: black text after a black mask group is kept", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      maskShowingOnly(doc, "GsM", [0, 0, 10, 10]);
      doc.save();
      doc.addContent("/GsM gs");
      doc.rect(500, 700, 5, 5).fill("#336699");
      doc.restore();
      doc.fillColor("black").text("Terraform modules", 50, 300, { lineBreak: false });
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Terraform modules");
    // Read from the text layer, not rescued by OCR after the layer was taken for hidden.
    expect(out.ocr).toBeUndefined();
    expect(out.hiddenText).toBeUndefined();
  });

  it("keeps text under a white box the soft mask cuts away, drops text under the part it lets through", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      doc.text("Phlebotomy", 50, 200, { lineBreak: false });
      doc.text("Golang", 50, 300, { lineBreak: false });
      maskShowingOnly(doc, "GsM", [40, 290, 300, 30]);
      doc.save();
      doc.addContent("/GsM gs");
      doc.rect(40, 190, 300, 130).fill("#ffffff");
      doc.restore();
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Phlebotomy");
    expect(out.text).not.toContain("Golang");
    expect(out.hiddenText?.reasons).toEqual(["covered"]);
  });
});

describe("PDF boxes drawn over text", () => {
  it("keeps text under a white Multiply box or a faint veil, drops it under a white Screen box or an opaque box", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      gstate(doc, "GsMul", { BM: "Multiply" });
      gstate(doc, "GsScr", { BM: "Screen" });
      const box = (y: number, state: string | null, opacity = 1) => {
        doc.save();
        if (state) doc.addContent(`/${state} gs`);
        doc.fillOpacity(opacity);
        doc.rect(40, y - 10, 300, 30).fill("#ffffff");
        doc.restore();
      };
      doc.fillColor("black").text("Dialysis", 50, 200, { lineBreak: false });
      box(200, "GsMul");
      doc.fillColor("black").text("Phlebotomy", 50, 260, { lineBreak: false });
      box(260, null, 0.4);
      doc.fillColor("black").text("Kubernetes", 50, 320, { lineBreak: false });
      box(320, "GsScr");
      doc.fillColor("black").text("Terraform", 50, 380, { lineBreak: false });
      box(380, null, 0.97);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Dialysis");
    expect(out.text).toContain("Phlebotomy");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.text).not.toContain("Terraform");
    expect(out.hiddenText?.reasons).toEqual(["covered"]);
    expect(out.hiddenText?.sample).toBe("Kubernetes Terraform");
  });

  it("drops text the colour of the vector shape under it, keeps contrasting text on the same shape", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      doc.rect(40, 190, 400, 80).fill("#1f2a44");
      doc.fillColor("#ffffff").text("Critical care", 50, 200, { lineBreak: false });
      doc.fillColor("#22304a").text("Kubernetes", 50, 240, { lineBreak: false });
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Critical care");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["background-colour"]);
  });

  it("drops text under the painted part of a stencil mask (ImageMask), keeps it under the unpainted part", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      // Two samples: 0 (paints the fill colour) then 1 (leaves the page alone).
      const stencil = raw(doc).ref({ Type: "XObject", Subtype: "Image", ImageMask: true, Width: 2, Height: 1, BitsPerComponent: 1 });
      stencil.end(Buffer.from([0b0100_0000]));
      raw(doc).page.xobjects.St1 = stencil;
      doc.fillColor("black").text("Terraform", 60, 312, { lineBreak: false });
      doc.text("Phlebotomy", 300, 312, { lineBreak: false });
      doc.addContent("q 1 g 400 0 0 -40 40 340 cm /St1 Do Q");
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Phlebotomy");
    expect(out.text).not.toContain("Terraform");
    expect(out.hiddenText?.reasons).toEqual(["covered"]);
  });
});

describe("PDF text render modes and forms", () => {
  it("judges outlined text by its outline colour: black outline kept, white outline dropped", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      const font = (doc as unknown as { _font: { id: string } })._font.id;
      doc.addContent(`BT /${font} 12 Tf 1 Tr 1 g 0 G 1 0 0 -1 50 300 Tm (Outlined nursing) Tj ET`);
      doc.addContent(`BT /${font} 12 Tf 1 Tr 0 g 1 G 1 0 0 -1 50 340 Tm (Golang) Tj 0 Tr ET`);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Outlined nursing");
    expect(out.text).not.toContain("Golang");
    expect(out.hiddenText?.reasons).toEqual(["background-colour"]);
  });

  it("drops text a form draws outside its bounding box", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      const font = (doc as unknown as { _font: { id: string } })._font.id;
      const fonts = { Font: { [font]: (doc as unknown as { _font: { dictionary: unknown } })._font.dictionary } };
      const xo = form(doc, `BT /${font} 12 Tf 1 0 0 -1 50 210 Tm (Inside the box) Tj 1 0 0 -1 50 400 Tm (Kubernetes) Tj ET`, {
        BBox: [40, 190, 400, 240],
        Resources: fonts,
      });
      raw(doc).page.xobjects.Fx1 = xo;
      doc.addContent("/Fx1 Do");
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Inside the box");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["clipped"]);
  });
});

describe("PDF layers", () => {
  it("drops text in a layer that is off when the document opens, keeps text in a layer that is on", async () => {
    const pdf = await makePdf((doc) => {
      header(doc);
      const internals = doc as unknown as PdfKitInternals & {
        _root: { data: Record<string, unknown> };
        _font: { id: string };
        page: { resources: { data: Record<string, unknown> } };
      };
      const layer = (name: string) => {
        const ref = internals.ref({ Type: "OCG", Name: new String(name) });
        ref.end();
        return ref;
      };
      const [off, on] = [layer("Keywords"), layer("Body")];
      internals._root.data.OCProperties = { OCGs: [off, on], D: { OFF: [off], ON: [on], Order: [off, on] } };
      internals.page.resources.data.Properties = { oc1: off, oc2: on };
      const font = internals._font.id;
      doc.addContent(`/OC /oc1 BDC BT /${font} 12 Tf 1 0 0 -1 50 300 Tm (Kubernetes) Tj ET EMC`);
      doc.addContent(`/OC /oc2 BDC BT /${font} 12 Tf 1 0 0 -1 50 340 Tm (Dialysis) Tj ET EMC`);
    });
    const out = await extractText(pdf);
    expect(out.text).toContain("Dialysis");
    expect(out.text).not.toContain("Kubernetes");
    expect(out.hiddenText?.reasons).toEqual(["hidden-layer"]);
  });
});

describe("compositing", () => {
  it("computes the separable blend modes per channel", () => {
    expect(composite([255, 255, 255], [10, 20, 30], 1, "multiply")).toEqual([10, 20, 30]);
    expect(composite([0, 0, 0], [255, 255, 255], 1, "multiply")).toEqual([0, 0, 0]);
    expect(composite([0, 0, 0], [255, 255, 255], 1, "screen")).toEqual([255, 255, 255]);
    expect(composite([0, 0, 0], [255, 255, 255], 0.5, "normal")).toEqual([127.5, 127.5, 127.5]);
    expect(composite([0, 0, 0], [255, 255, 255], 1, "other")).toBeNull();
  });
});
