import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

// The committed scan (lib/engine/extract/fixtures/scanned-resume.png, 200 dpi) as a scanner's PDF: one page image, no text layer.
const SCAN_PNG = readFileSync(path.resolve(import.meta.dirname, "../lib/engine/extract/fixtures/scanned-resume.png"));

function scannedPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { Title: "scan", CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    const width = (SCAN_PNG.readUInt32BE(16) * 72) / 200;
    const height = (SCAN_PNG.readUInt32BE(20) * 72) / 200;
    doc.addPage({ size: [width, height], margin: 0 });
    doc.image(SCAN_PNG, 0, 0, { width, height });
    doc.end();
  });
}

test("[recruiter → manager]: a scanned PDF resume is read by OCR, scored, and its candidate page says so", async ({
  page,
  signInAs,
  seed,
}, testInfo) => {
  test.setTimeout(240_000);
  await signInAs("recruiter");
  const jobId = await seed.createJob(`Scanned resumes ${Date.now()}`);
  const file = testInfo.outputPath("dana-whitfield-scan.pdf");
  writeFileSync(file, await scannedPdf());
  await page.goto(`/jobs/${jobId}/upload`);
  await expect(page.getByText(/PNG, JPEG, TIFF/).first()).toBeVisible();
  await page.locator("#resume-files").setInputFiles(file);
  await expect(page.getByTestId("upload-summary")).toHaveText("0 queued · 0 duplicate · 0 rejected · 1 completed · 0 failed", {
    timeout: 180_000,
  });
  await page.getByRole("button", { name: "Sign out" }).click();

  await signInAs("hiring_manager");
  await page.goto(`/shortlists/${jobId}`);
  const row = page.getByTestId("shortlist-row").filter({ hasText: "Dana Whitfield" });
  await expect(row).toBeVisible();
  // A score, not a failure.
  await expect(row.locator("td:nth-child(4)")).toHaveText(/^\s*\d+(\.\d+)?/);
  await row.getByRole("link", { name: "Dana Whitfield" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dana Whitfield" })).toBeVisible();
  await expect(page.getByTestId("ocr-notice")).toContainText(/Read by OCR from a scanned document, confidence \d{2,3}%\./);
  await expect(page.getByLabel("Extracted resume text")).toContainText("dana.whitfield@example.com");
  await expectAccessible(page);
  await screenshot(page, "candidate-ocr");
});
