// Issue 16 §2: the original document beside the evidence. A PDF is drawn in the page by
// pdf.js, a DOCX is shown as sanitised HTML in a script-less sandboxed frame, the choice
// of view is remembered, and blind review shows only the redacted text.
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, RESUME_FILES, screenshot, test } from "./fixtures";

const PDF_FILE = RESUME_FILES.find((file) => file.endsWith("cv-d246.pdf")) ?? "";
const DOCX_FILE = RESUME_FILES.find((file) => file.endsWith("cv-d185.docx")) ?? "";

async function candidateUrl(page: Page, jobId: string, file: string): Promise<string> {
  const body = await (await page.request.get(`/api/v1/jobs/${jobId}/progress?limit=200`)).json();
  const found = (body.items as { id: string; fileName: string }[]).find((item) => item.fileName === path.basename(file));
  if (!found) throw new Error(`no evaluation of ${file}`);
  return `/shortlists/${jobId}/${found.id}`;
}

test("[viewer]: the original PDF is drawn in the page beside the evidence, the DOCX is shown sandboxed, blind review hides both", async ({
  page,
  signInAs,
  seed,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs("recruiter");
  const jobId = await seed.createJob(`Original viewer ${Date.now()}`);
  await seed.uploadAndWait(jobId, [PDF_FILE, DOCX_FILE]);

  // PDF: switch to the original with the keyboard; page 1 is drawn on a canvas with its text layer.
  const pdfUrl = await candidateUrl(page, jobId, PDF_FILE);
  await page.goto(pdfUrl);
  const textChoice = page.getByRole("radio", { name: "Text with evidence" });
  const originalChoice = page.getByRole("radio", { name: "Original" });
  await expect(textChoice).toBeChecked();
  await expect(page.getByLabel("Extracted resume text").locator("mark").first()).toBeVisible();
  await textChoice.focus();
  await page.keyboard.press("ArrowRight");
  await expect(originalChoice).toBeChecked();
  const canvas = page.getByTestId("pdf-page-canvas");
  await expect(canvas).toHaveAttribute("data-rendered-page", "1");
  await expect(page.getByTestId("pdf-page-status")).toHaveText(/^Page 1 of \d+$/);
  await expect(page.getByLabel("Extracted resume text")).toBeHidden();
  // Something was drawn: the canvas is not blank, and the text layer carries the page's words.
  const inked = await canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext("2d");
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(500);
  await expect(page.getByRole("region", { name: /^Original resume: cv-d246\.pdf, page 1$/ })).toContainText("EDUCATION");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.getByText("125%")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "candidate-original-pdf");

  // The choice is remembered: a reload opens the original again; switching back shows the highlighted text.
  await page.reload();
  await expect(originalChoice).toBeChecked();
  await expect(canvas).toHaveAttribute("data-rendered-page", "1");
  // The radios are visually hidden inside their labels, as in a segmented control: click the label as a user does.
  await page.locator("label", { hasText: "Text with evidence" }).click();
  await expect(textChoice).toBeChecked();
  await expect(page.getByLabel("Extracted resume text")).toBeVisible();
  await expect(page.getByLabel("Extracted resume text").locator("mark").first()).toBeVisible();
  await expect(canvas).toBeHidden();

  // DOCX: sanitised HTML in a frame sandboxed without scripts.
  await page.goto(await candidateUrl(page, jobId, DOCX_FILE));
  await page.locator("label", { hasText: "Original" }).click();
  await expect(originalChoice).toBeChecked();
  const frame = page.getByTestId("docx-original");
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(page.frameLocator('[data-testid="docx-original"]').getByText("Jerome Baptiste")).toBeVisible();
  await expect(page.frameLocator('[data-testid="docx-original"]').locator("body")).toContainText("Inside sales rep");
  await screenshot(page, "candidate-original-docx");

  // Blind review: only the redacted text; no toggle, no download, and the server refuses the bytes.
  const fileHref = await page.getByRole("link", { name: "Download original" }).getAttribute("href");
  expect(fileHref).toMatch(/^\/api\/v1\/resumes\/[^/]+\/file$/);
  expect((await page.request.get(`${fileHref}?disposition=inline`)).status()).toBe(200);
  await page.goto(pdfUrl);
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByLabel("Extracted resume text")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Original" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download original" })).toHaveCount(0);
  await expect(page.getByTestId("pdf-page-canvas")).toHaveCount(0);
  const refused = await page.request.get(`${fileHref}?disposition=inline`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toMatch(/Turn blind review off/);
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("radio", { name: "Original" })).toBeVisible();
});
