import path from "node:path";
import { CORRUPT_FILE, expect, expectAccessible, JD_FILE, RESUME_FILES, screenshot, test } from "./fixtures";

test("[recruiter]: creates a job from a JD file, edits its requirements, uploads 10 files and sees 9 complete and 1 rejected with its reason", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(180_000);
  await signInAs("recruiter");
  await expectAccessible(page);
  await screenshot(page, "recruiter-jobs");

  // New job from the JD file.
  await page.getByRole("link", { name: "New job" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New job" })).toBeVisible();
  await expectAccessible(page);
  await page.locator("#jd-file").setInputFiles(JD_FILE);
  await expect(page.getByText(path.basename(JD_FILE))).toBeVisible();
  await page.getByRole("button", { name: "Read requirements" }).click();

  // The parsed requirements, editable.
  await expect(page.getByRole("heading", { level: 1, name: /^Requirements: / })).toBeVisible();
  await expect(page.getByText("Job created.")).toBeVisible();
  const mustHave = page.getByRole("list", { name: /^Must-have skills: \d+ selected$/ });
  await expect(mustHave.getByRole("listitem").first()).toBeVisible();
  const addMustHave = page.getByLabel("Add to Must-have skills");
  await addMustHave.fill("Kubernetes");
  await addMustHave.press("Enter");
  await expect(mustHave.getByRole("list", { name: /^Must-have \d+: Kubernetes$/ })).toBeVisible();
  await page.getByLabel("Minimum years of experience").fill("3");
  await expectAccessible(page);
  await screenshot(page, "recruiter-requirements");
  await page.getByRole("button", { name: "Save requirements" }).click();

  // Dashboard of the new, empty job.
  await expect(page.getByText("No resumes yet")).toBeVisible();
  const jobUrl = page.url();
  await page.getByRole("link", { name: "Upload resumes" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Upload resumes: / })).toBeVisible();
  await expectAccessible(page);

  // 9 real resumes and 1 damaged DOCX.
  await page.locator("#resume-files").setInputFiles([...RESUME_FILES, CORRUPT_FILE]);
  await expect(page.getByTestId("upload-row")).toHaveCount(10);
  // Each file in one bucket: the numbers add up to the 10 files.
  await expect(page.getByTestId("upload-summary")).toHaveText("0 queued · 0 duplicate · 1 rejected · 9 completed · 0 failed", {
    timeout: 90_000,
  });
  const rejected = page.getByTestId("upload-row").filter({ hasText: "corrupt-resume.docx" });
  await expect(rejected).toContainText("Rejected");
  await expect(rejected).toContainText("This file is damaged and cannot be read.");
  await expect(page.getByText("Uploaded 10 of 10 files")).toBeVisible();
  await screenshot(page, "recruiter-upload");

  // The dashboard shows the same outcome.
  await page.goto(jobUrl);
  await expect(page.getByLabel("Evaluation counts")).toContainText("Resumes9");
  await expect(page.getByLabel("Evaluation counts")).toContainText("Completed9");
  await expect(page.getByRole("img", { name: /^Score histogram/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "recruiter-job-dashboard");

  // The jobs list counts them too.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  const row = page.getByRole("row").filter({ hasText: "Data Engineer" }).first();
  await expect(row).toBeVisible();
});

test("[recruiter]: the jobs page works at phone width", async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs("recruiter");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "recruiter-jobs-390");
});
