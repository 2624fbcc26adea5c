// Issue 16 §2: the original document beside the evidence. A PDF is drawn in the page by
// pdf.js, a DOCX is shown as sanitised HTML in a script-less sandboxed frame, the choice
// of view is remembered, and blind review shows only the redacted text.
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, RESUME_FILES, screenshot, test } from "./fixtures";

const PDF_FILE = RESUME_FILES.find((file) => file.endsWith("cv-d246.pdf")) ?? "";
const DOCX_FILE = RESUME_FILES.find((file) => file.endsWith("cv-d185.docx")) ?? "";

/** How many dark pixels the PDF canvas holds: more than a few hundred means a page was drawn. */
async function inkOf(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext("2d");
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    return dark;
  });
}

/** The page itself never scrolls sideways (a wide element scrolls inside its own frame). */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function shot(page: Page, width: 390 | 1440, name: string): Promise<void> {
  await page.screenshot({ path: path.join("test-results", "screenshots", String(width), `${name}.png`), fullPage: true });
}

/** The canvas is no wider than the frame it is drawn in (zoom 100% fits the page to the frame). */
async function canvasFitsFrame(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((element) => {
    const frame = element.closest("section");
    return frame !== null && element.getBoundingClientRect().width > 100 && element.getBoundingClientRect().width <= frame.clientWidth;
  });
}

/** The evidence quote whose highlight is farthest into the resume text, and that highlight. */
async function farthestEvidence(page: Page): Promise<{ quote: Locator; mark: Locator }> {
  const quotes = page.getByTestId("evidence-quote");
  const offsets = await quotes.evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.offset)));
  const farthest = Math.max(...offsets);
  const marks = page.getByLabel("Extracted resume text").locator("mark");
  const markIndex = await marks.evaluateAll(
    (elements, offset) =>
      elements.findIndex((element) => {
        const { start, end } = (element as HTMLElement).dataset;
        return Number(start) <= offset && offset < Number(end);
      }),
    farthest,
  );
  expect(markIndex).toBeGreaterThanOrEqual(0);
  return { quote: quotes.nth(offsets.indexOf(farthest)), mark: marks.nth(markIndex) };
}

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
  expect(await inkOf(canvas)).toBeGreaterThan(500);
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

  // Following an evidence quote while only the original is shown switches to the text and scrolls to its highlight.
  await page.locator("label", { hasText: "Original" }).click();
  await expect(canvas).toBeVisible();
  const resumeText = page.getByLabel("Extracted resume text");
  const evidence = await farthestEvidence(page);
  await evidence.quote.click();
  await expect(textChoice).toBeChecked();
  await expect(evidence.mark).toBeInViewport();
  await expect(evidence.mark).toBeFocused();

  // Side by side (wide screens): the original and the highlighted text in two columns of the full width, each
  // scrolling on its own; the page is fitted again to its narrower column.
  const sideChoice = page.getByRole("radio", { name: "Side by side" });
  await page.locator("label", { hasText: "Side by side" }).click();
  await expect(sideChoice).toBeChecked();
  await expect(canvas).toBeVisible();
  await expect(resumeText).toBeVisible();
  await expect(resumeText.locator("mark").first()).toBeVisible();
  await expect.poll(() => canvasFitsFrame(canvas)).toBe(true);
  await expect.poll(() => inkOf(canvas)).toBeGreaterThan(500);
  const textBox = await resumeText.boundingBox();
  const originalBox = await page.getByTestId("resume-original").boundingBox();
  if (!textBox || !originalBox) throw new Error("both columns must be laid out");
  expect(textBox.x + textBox.width).toBeLessThanOrEqual(originalBox.x);
  expect(Math.abs(textBox.y - originalBox.y)).toBeLessThanOrEqual(1);
  expect(textBox.width).toBeGreaterThan(500);
  // Each column scrolls on its own: scrolling the original leaves the text where it is.
  const pdfFrame = page.getByRole("region", { name: /^Original resume: cv-d246\.pdf, page 1$/ });
  await pdfFrame.scrollIntoViewIfNeeded();
  const textTop = (await resumeText.boundingBox())?.y;
  await pdfFrame.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect.poll(() => pdfFrame.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  expect((await resumeText.boundingBox())?.y).toBe(textTop);
  expect(await resumeText.evaluate((element) => element.scrollTop)).toBe(0);
  // An evidence quote brings the text column's highlight into view; the original stays beside it.
  await page.evaluate(() => window.scrollTo({ top: 0 }));
  const farthest = await farthestEvidence(page);
  await expect(farthest.mark).not.toBeInViewport();
  await farthest.quote.click();
  await expect(farthest.mark).toBeInViewport();
  await expect(farthest.mark).toBeFocused();
  await expect(sideChoice).toBeChecked();
  await expect(canvas).toBeVisible();
  await expectAccessible(page);
  await shot(page, 1440, "candidate-side-by-side");

  // Narrower than 1280 px there is no room for two columns: the choice is not offered and the text is shown.
  await page.setViewportSize({ width: 1100, height: 900 });
  await expect(sideChoice).toHaveCount(0);
  await expect(textChoice).toBeChecked();
  await expect(resumeText).toBeVisible();
  await expect(canvas).toBeHidden();
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(sideChoice).toBeChecked();
  await expect(canvas).toBeVisible();

  // DOCX: sanitised HTML in a frame sandboxed without scripts.
  await page.goto(await candidateUrl(page, jobId, DOCX_FILE));
  await page.locator("label", { hasText: "Original" }).click();
  await expect(originalChoice).toBeChecked();
  const frame = page.getByTestId("docx-original");
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(page.frameLocator('[data-testid="docx-original"]').getByText("Jerome Baptiste")).toBeVisible();
  await expect(page.frameLocator('[data-testid="docx-original"]').locator("body")).toContainText("Inside sales rep");
  await screenshot(page, "candidate-original-docx");
  // Side by side, the DOCX frame sits beside the highlighted text.
  await page.locator("label", { hasText: "Side by side" }).click();
  await expect(sideChoice).toBeChecked();
  await expect(frame).toBeVisible();
  await expect(resumeText).toContainText("Inside sales rep");
  const docxTextBox = await resumeText.boundingBox();
  const docxFrameBox = await frame.boundingBox();
  if (!docxTextBox || !docxFrameBox) throw new Error("both columns must be laid out");
  expect(docxTextBox.x + docxTextBox.width).toBeLessThanOrEqual(docxFrameBox.x);

  // Blind review: only the redacted text; no toggle, no download, and the server refuses the bytes.
  const fileHref = await page.getByRole("link", { name: "Download original" }).getAttribute("href");
  expect(fileHref).toMatch(/^\/api\/v1\/resumes\/[^/]+\/file$/);
  expect((await page.request.get(`${fileHref}?disposition=inline`)).status()).toBe(200);
  await page.goto(pdfUrl);
  await page.locator("label", { hasText: "Side by side" }).click();
  await expect(sideChoice).toBeChecked();
  await expect(canvas).toBeVisible();
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByLabel("Extracted resume text")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Original" })).toHaveCount(0);
  await expect(sideChoice).toHaveCount(0);
  await expect(page.getByTestId("resume-original")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download original" })).toHaveCount(0);
  await expect(page.getByTestId("pdf-page-canvas")).toHaveCount(0);
  const refused = await page.request.get(`${fileHref}?disposition=inline`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toMatch(/Turn blind review off/);
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("radio", { name: "Original" })).toBeVisible();

  await expect(sideChoice).toBeChecked();
  await expect(canvas).toBeVisible();

  // A phone: the original fits the screen, its page and zoom controls are in reach, and the page never scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(sideChoice).toHaveCount(0);
  await page.locator("label", { hasText: "Original" }).click();
  await expect(originalChoice).toBeChecked();
  await expect(canvas).toHaveAttribute("data-rendered-page", "1");
  await expect.poll(() => canvasFitsFrame(canvas)).toBe(true);
  await expect.poll(() => inkOf(canvas)).toBeGreaterThan(500);
  await expectNoHorizontalOverflow(page);
  for (const name of ["Previous page", "Next page", "Zoom out", "Zoom in"]) {
    const control = page.getByRole("button", { name });
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  // Zooming in scrolls the page inside its frame, not the phone's page.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.getByText("125%")).toBeVisible();
  await expect.poll(() => canvasFitsFrame(canvas)).toBe(false);
  await expectNoHorizontalOverflow(page);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect(page.getByText("100%")).toBeVisible();
  await expect.poll(() => canvasFitsFrame(canvas)).toBe(true);
  await expectAccessible(page);
  await shot(page, 390, "candidate-original-pdf");

  // The DOCX frame fits the phone too.
  await page.goto(await candidateUrl(page, jobId, DOCX_FILE));
  await expect(originalChoice).toBeChecked();
  await expect(page.frameLocator('[data-testid="docx-original"]').getByText("Jerome Baptiste")).toBeVisible();
  const frameBox = await page.getByTestId("docx-original").boundingBox();
  expect((frameBox?.x ?? 0) + (frameBox?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(390);
  await expectNoHorizontalOverflow(page);
  await shot(page, 390, "candidate-original-docx");
});
