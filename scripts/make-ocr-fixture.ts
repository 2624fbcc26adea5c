// npx tsx scripts/make-ocr-fixture.ts
//
// Writes lib/engine/extract/fixtures/scanned-resume.png: the resume in
// scanned-resume.txt typeset, printed to a 200 dpi page image, skewed half a
// degree as a sheet fed crooked, cropped to the text and saved as a bilevel PNG
// (the OCR tests' scan; kept under 200 KB). Run again after editing the text.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { renderPdfPages, scanImage, textToPdf } from "./lib/scan-maker";

const dir = path.resolve(import.meta.dirname, "../lib/engine/extract/fixtures");
const text = readFileSync(path.join(dir, "scanned-resume.txt"), "utf8");
const [page] = await renderPdfPages(await textToPdf(text), 200);
if (!page) throw new Error("the typeset resume has no page");
const scan = await scanImage(page, { skew: 0.5 });
const cropped = await sharp(scan)
  .trim({ background: "#ffffff" })
  .extend({ top: 80, bottom: 80, left: 80, right: 80, background: "#ffffff" })
  .png({ palette: true, colours: 2, compressionLevel: 9 })
  .withMetadata({ density: 200 })
  .toBuffer();
const out = path.join(dir, "scanned-resume.png");
writeFileSync(out, cropped);
process.stdout.write(`${out}: ${cropped.length} bytes\n`);
