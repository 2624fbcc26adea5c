import http from "node:http";
import type { AddressInfo } from "node:net";
import { Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { extractText } from "./index";
import {
  addExternalImageLink,
  MAIN_LINES,
  headerFooterDocx,
  makeDocx,
  makePdf,
  paragraphsDocx,
  SIDEBAR_LINES,
  SINGLE_COLUMN_LINES,
  singleColumnPdf,
  twoColumnSidebarPdf,
  twoColumnTableDocx,
} from "./test-fixtures";

function lineIndex(lines: string[], wanted: string): number {
  const index = lines.findIndex((line) => line.trim() === wanted);
  if (index < 0) throw new Error(`line not found: ${wanted}\n---\n${lines.join("\n")}`);
  return index;
}

/** Asserts `block` appears in order as consecutive non-blank lines. */
function expectContiguous(text: string, block: string[]): void {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const start = lineIndex(lines, block[0] ?? "");
  expect(lines.slice(start, start + block.length)).toEqual(block);
}

describe("extractText: PDF", () => {
  it("reads a single-column PDF line by line with accents intact", async () => {
    const doc = await extractText(await singleColumnPdf());
    expect(doc.format).toBe("pdf");
    expect(doc.pageCount).toBe(1);
    expectContiguous(doc.text, SINGLE_COLUMN_LINES);
  });

  it("keeps a left sidebar and the main column as separate blocks, name block first", async () => {
    const doc = await extractText(await twoColumnSidebarPdf());
    expectContiguous(doc.text, SIDEBAR_LINES);
    expectContiguous(doc.text, MAIN_LINES);
    expect(doc.text.indexOf("José Álvarez")).toBeLessThan(doc.text.indexOf("EXPERIENCE"));
    expect(doc.text.split("\n")[0]).toBe("José Álvarez");
  });

  it("is not thrown by a rotated label along the page edge", async () => {
    const doc = await extractText(await twoColumnSidebarPdf({ rotatedLabel: "CURRICULUM VITAE 2026 EDITION" }));
    expectContiguous(doc.text, SIDEBAR_LINES);
    expectContiguous(doc.text, MAIN_LINES);
    expect(doc.text).toContain("CURRICULUM VITAE 2026 EDITION");
  });

  it("reads every page of a two-page sidebar layout column by column, in the same column order", async () => {
    const page = (side: string[], main: string[]) => ({ side, main });
    const pages = [
      page(
        ["Mia Wong", "mia@example.com", "SKILLS", "SQL", "dbt"],
        ["EXPERIENCE", "Analyst — Orbit", "Built the revenue dashboards", "Owned the data catalogue", "Led the BI migration"],
      ),
      page(
        ["CERTIFICATIONS", "AWS Data Analytics", "Tableau Desktop", "LANGUAGES", "English"],
        ["Junior Analyst — Vela", "Weekly sales reporting in Excel", "Automated two manual reports", "EDUCATION", "B.A. Economics"],
      ),
    ];
    const pdf = await makePdf((doc) => {
      for (const [index, { side, main }] of pages.entries()) {
        if (index > 0) doc.addPage();
        for (const [i, text] of side.entries()) {
          doc
            .font("Helvetica")
            .fontSize(index === 0 && i === 0 ? 18 : 9)
            .text(text, 36, 60 + i * 14, { lineBreak: false });
        }
        for (const [i, text] of main.entries()) {
          doc
            .font("Helvetica")
            .fontSize(10.5)
            .text(text, 220, 64 + i * 16, { lineBreak: false });
        }
      }
    });
    const doc = await extractText(pdf);
    expect(doc.pageCount).toBe(2);
    const lines = doc.text.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toEqual(pages.flatMap(({ side, main }) => [...side, ...main]));
  });

  it("keeps a right sidebar contiguous too and still leads with the name", async () => {
    const doc = await extractText(await twoColumnSidebarPdf({ sidebarOnRight: true }));
    expectContiguous(doc.text, SIDEBAR_LINES);
    expectContiguous(doc.text, MAIN_LINES);
    expect(doc.text.split("\n")[0]).toBe("José Álvarez");
  });
});

describe("extractText: DOCX", () => {
  it("reads paragraphs in order, including CJK and Hangul names", async () => {
    const lines = ["李明 (Li Ming)", "김지우 · Seoul", "Renée Côté — Montréal", "Skills: Python, SQL"];
    const doc = await extractText(await paragraphsDocx(lines));
    expect(doc.format).toBe("docx");
    expect(doc.pageCount).toBeNull();
    expect(doc.text.split("\n")).toEqual(lines);
  });

  it("includes page-header contact details first and footer text last, without page numbers", async () => {
    const doc = await extractText(
      await headerFooterDocx(
        ["Priya Raman", "priya@example.com · Austin, TX"],
        ["EXPERIENCE", "Nurse — St. Mary"],
        "References on request",
      ),
    );
    expect(doc.text.split("\n")).toEqual([
      "Priya Raman",
      "priya@example.com · Austin, TX",
      "",
      "EXPERIENCE",
      "Nurse — St. Mary",
      "",
      "References on request",
    ]);
  });

  it("outputs a two-column layout table as two blocks with cells intact", async () => {
    const left = ["CONTACT", "Austin, TX", "ana@example.com", "SKILLS", "Figma", "React"];
    const right = ["Ana Lima", "EXPERIENCE", "Designer — Studio Sol", "2019 – 2024", "Built the design system"];
    const doc = await extractText(await twoColumnTableDocx(left, right, { nameInRightCell: true }));
    expectContiguous(doc.text, left);
    expectContiguous(doc.text, right);
    // The cell holding the (larger) name leads.
    expect(doc.text.split("\n")[0]).toBe("Ana Lima");
  });

  it("keeps simple table rows on one line", async () => {
    const { Table, TableRow, TableCell } = await import("docx");
    const row = (a: string, b: string) =>
      new TableRow({ children: [new TableCell({ children: [new Paragraph(a)] }), new TableCell({ children: [new Paragraph(b)] })] });
    const doc = await extractText(await makeDocx([new Table({ rows: [row("Python", "6 years"), row("SQL", "8 years")] })]));
    expect(doc.text.split("\n")).toEqual(["Python | 6 years", "SQL | 8 years"]);
  });

  it("extracts text from a DOCX with an external image link without fetching it", async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res.end("no");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const base = await makeDocx([new Paragraph({ children: [new TextRun("Maya Patel")] }), new Paragraph("Nurse, ICU")]);
      const doc = await extractText(addExternalImageLink(base, `http://127.0.0.1:${port}/photo.png`));
      expect(doc.text).toContain("Maya Patel");
      expect(doc.text).toContain("Nurse, ICU");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe("extractText: TXT", () => {
  it("strips a UTF-8 BOM and normalises CRLF", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Zoë Müller\r\nData Engineer\r\n")]);
    const doc = await extractText(bytes);
    expect(doc.format).toBe("txt");
    expect(doc.text).toBe("Zoë Müller\nData Engineer");
  });

  it("decodes Windows-1252 when the bytes are not UTF-8", async () => {
    // "Renée Côté" with é = 0xE9 and ô = 0xF4, plus a curly apostrophe (0x92).
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("Ren"),
      0xe9,
      ...new TextEncoder().encode("e C"),
      0xf4,
      ...new TextEncoder().encode("t"),
      0xe9,
      0x0a,
      ...new TextEncoder().encode("I"),
      0x92,
      ...new TextEncoder().encode("m a developer"),
    ]);
    const doc = await extractText(bytes);
    expect(doc.text).toBe("Renée Côté\nI’m a developer");
    expect(doc.warnings.join(" ")).toMatch(/Windows-1252/);
  });

  it("keeps accents and non-Latin scripts intact, composed to NFC", async () => {
    const decomposed = "Jose\u0301 A\u0301lvarez";
    const text = `${decomposed}\n李明\n김지우\nŁukasz Wiśniewski\nSaoirse Ní Bhriain`;
    const doc = await extractText(new TextEncoder().encode(text));
    expect(doc.text).toBe("José Álvarez\n李明\n김지우\nŁukasz Wiśniewski\nSaoirse Ní Bhriain");
  });

  it('decodes UTF-16 text with a BOM (Word\'s "Unicode text")', async () => {
    const units = "Zoë 李明\r\nOK";
    const bytes = new Uint8Array(2 + units.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < units.length; i++) {
      const code = units.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    expect((await extractText(bytes)).text).toBe("Zoë 李明\nOK");
  });

  it("treats markdown as text", async () => {
    const doc = await extractText(new TextEncoder().encode("# Jane Doe\n\n* Python\n* SQL\n"));
    expect(doc.text).toBe("# Jane Doe\n\n• Python\n• SQL");
  });
});
