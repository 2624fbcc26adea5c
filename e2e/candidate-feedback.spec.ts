// Issue 16 §4 (two audiences) and issue 11 §4 (soft eligibility note): the candidate page
// opens on the hiring manager's explanation; the feedback written to the candidate is a
// separate tab that downloads as Markdown; the keyboard shortcuts still work.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, expectAccessible, FIXTURES_DIR, screenshot, test } from "./fixtures";

// A data engineer whose resume says nothing about where they are based (the posting admits the US only).
const NO_LOCATION_RESUME = `Sam Okafor
sam.okafor@example.com

Experience
Data Engineer, Quarry Analytics
Jan 2019 – Present
- Built Apache Spark and Airflow pipelines in Python loading 400 GB a day into Snowflake.
- Wrote and tuned SQL models (star schemas) for the finance team.

Education
B.Sc. Computer Science, 2018
`;

test("[manager]: the candidate page explains the score by default; the candidate's feedback is its own tab and downloads as Markdown", async ({
  page,
  signInAs,
  seed,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs("recruiter");
  const jobId = await seed.createJob(`Two audiences ${Date.now()}`);
  const noLocation = testInfo.outputPath("sam-okafor.txt");
  writeFileSync(noLocation, NO_LOCATION_RESUME);
  await seed.uploadAndWait(jobId, [path.join(FIXTURES_DIR, "resumes", "cv-d101.txt"), noLocation]);

  await page.goto(`/shortlists/${jobId}`);
  const rows = page.getByTestId("shortlist-row");
  await expect(rows).toHaveCount(2);
  // Best first: from Hiroshi Tanaka the other candidate is "next" (j) or "previous" (k).
  const tanakaFirst = ((await rows.first().textContent()) ?? "").includes("Hiroshi Tanaka");
  await rows.getByRole("link", { name: "Hiroshi Tanaka" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hiroshi Tanaka" })).toBeVisible();

  // The explanation is the default view: why this score, about this candidate, no coaching lines.
  const explanationTab = page.getByRole("tab", { name: "Why this score" });
  const feedbackTab = page.getByRole("tab", { name: "Candidate feedback" });
  await expect(explanationTab).toHaveAttribute("aria-selected", "true");
  await expect(feedbackTab).toHaveAttribute("aria-selected", "false");
  const explanation = page.getByTestId("explanation");
  await expect(explanation).toBeVisible();
  await expect(explanation).toContainText(/^Scores \d+\.\d \((high|medium|low)\)/);
  await expect(page.getByTestId("explanation-strengths")).toContainText("Blue Ridge Outfitters");
  await expect(explanation).not.toContainText(/\byour\b/i);
  await expect(page.getByTestId("candidate-feedback")).toBeHidden();
  const tanakaExplanation = (await explanation.textContent()) ?? "";
  await expectAccessible(page);
  await screenshot(page, "candidate-explanation");

  // The candidate's feedback: its own tab, addressed to them, downloadable.
  await feedbackTab.click();
  await expect(feedbackTab).toHaveAttribute("aria-selected", "true");
  const feedback = page.getByTestId("candidate-feedback");
  await expect(feedback).toBeVisible();
  await expect(explanation).toBeHidden();
  const firstLine = ((await feedback.getByRole("listitem").first().textContent()) ?? "").trim();
  expect(firstLine.length).toBeGreaterThan(20);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download feedback (Markdown)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^feedback-two-audiences-\d+-[a-z0-9]{6}\.md$/);
  const markdown = readFileSync(await download.path(), "utf8");
  expect(markdown).toMatch(/^# Feedback on your application: Two audiences \d+\n/);
  expect(markdown).toContain(`- ${firstLine}`);
  await expectAccessible(page);

  // The keyboard shortcuts still move between candidates; the next page opens on its own explanation.
  const before = page.url();
  await page.keyboard.press(tanakaFirst ? "j" : "k");
  await expect(page).not.toHaveURL(before);
  await expect(page.getByRole("heading", { level: 1, name: "Sam Okafor" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Why this score" })).toHaveAttribute("aria-selected", "true");
  const okafor = page.getByTestId("explanation");
  await expect(okafor).toBeVisible();
  expect(await okafor.textContent()).not.toBe(tanakaExplanation);
  // Issue 11 §4: the posting admits the US only and this resume does not say where the candidate is: a note, not a knockout.
  await expect(page.getByTestId("explanation-uncertainties")).toContainText(
    "The posting requires work from the United States; the resume does not say where the candidate is based",
  );
  await expect(page.getByTestId("explanation-knockouts")).toHaveCount(0);
});
