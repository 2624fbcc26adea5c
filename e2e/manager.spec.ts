import { readFileSync } from "node:fs";
import { expect, expectAccessible, RESUME_FILES, screenshot, test } from "./fixtures";

const NOTE = "Strong pipelines and SQL; invite to a first interview.";

test("[manager]: filters the shortlist, opens a candidate, shortlists them with a note, compares two and finds the decision in the CSV export", async ({
  page,
  signInAs,
  seed,
}) => {
  test.setTimeout(180_000);
  // Set-up as the recruiter, through the API: a job with six scored resumes.
  await signInAs("recruiter");
  const title = `Manager journey ${Date.now()}`;
  const jobId = await seed.createJob(title);
  await seed.uploadAndWait(jobId, RESUME_FILES.slice(0, 6));
  await page.getByRole("button", { name: "Sign out" }).click();

  await signInAs("hiring_manager");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Shortlist: ${title}` })).toBeVisible();
  const rows = page.getByTestId("shortlist-row");
  await expect(rows).toHaveCount(6);
  await expect(page.getByTestId("shortlist-total")).toHaveText("6 candidates");

  // Ranked: scores never increase down the table.
  const scoreCells = rows.locator("td:nth-child(4)");
  const scores = (await scoreCells.allInnerTexts()).map((text) => Number.parseFloat(text));
  expect(scores).toHaveLength(6);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  await expectAccessible(page);
  await screenshot(page, "manager-shortlist");

  // Filter by minimum score: the URL holds the filter, only candidates at or above it remain.
  const threshold = scores[2] ?? 0;
  await page.getByLabel("Min score").fill(String(threshold));
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`minScore=${String(threshold).replace(".", "\\.")}`));
  const expected = scores.filter((score) => score >= threshold).length;
  await expect(rows).toHaveCount(expected);
  await expect(page.getByTestId("shortlist-total")).toHaveText(`${expected} candidates`);
  for (const text of await rows.locator("td:nth-child(4)").allInnerTexts())
    expect(Number.parseFloat(text)).toBeGreaterThanOrEqual(threshold);

  // Sort by name, then back to score.
  await page.getByRole("link", { name: "Candidate" }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("columnheader", { name: /Candidate/ })).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("link", { name: "Score" }).click();

  // Open the top candidate.
  const top = rows.first();
  const candidateName = ((await top.locator("td:nth-child(3) a").textContent()) ?? "").trim();
  const topScore = ((await top.locator("td:nth-child(4)").textContent()) ?? "").trim().split(/\s/)[0] ?? "";
  await top.getByRole("link", { name: candidateName }).click();
  await expect(page.getByRole("heading", { level: 1, name: candidateName })).toBeVisible();
  await expect(page.getByTestId("candidate-score")).toHaveText(topScore);
  await expect(page.getByRole("list", { name: "Score components" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByLabel("Extracted resume text")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download original" })).toBeVisible();

  // Shortlist with a note; the history shows who and when.
  await page.getByRole("radio", { name: "Shortlist" }).check();
  await page.getByLabel("Note (optional)").fill(NOTE);
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByText("Decision saved.")).toBeVisible();
  const history = page.getByRole("list", { name: "Decision history" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("Shortlisted");
  await expect(history).toContainText("Morgan Manager");
  await expect(history).toContainText(NOTE);
  await expectAccessible(page);
  await screenshot(page, "manager-candidate");

  // Back on the shortlist the decision is visible; the filter is applied again.
  await page.getByRole("link", { name: /Shortlist: / }).click();
  await expect(rows.filter({ hasText: candidateName })).toContainText("Shortlisted");
  await page.getByLabel("Min score").fill(String(threshold));
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(expected);

  // Compare the top two.
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
  const header = page.getByRole("row").first();
  await expect(header.getByRole("link")).toHaveCount(2);
  await expect(header).toContainText(candidateName);
  await expect(page.getByRole("rowheader", { name: "Score" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "manager-compare");
  await page.getByRole("link", { name: "← Back to the shortlist" }).click();
  await expect(page).toHaveURL(/minScore=/);
  await expect(rows).toHaveCount(expected);

  // Export the filtered shortlist: the decision and the note are in it.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  const csv = readFileSync(await download.path(), "utf8");
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toContain("rank,candidate,file,score,verdict");
  expect(lines).toHaveLength(expected + 1);
  const decided = lines.find((line) => line.includes(candidateName));
  expect(decided).toContain("shortlist");
  expect(decided).toContain(NOTE);

  // Blind review hides names, scores stay.
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "true");
  await expect(rows.first().locator("td:nth-child(3)")).toContainText(/^Candidate [A-Z0-9]{6}/);
  await expect(page.getByRole("link", { name: candidateName })).toHaveCount(0);
  expect(Number.parseFloat((await rows.first().locator("td:nth-child(4)").textContent()) ?? "")).toBe(Number.parseFloat(topScore));
  await screenshot(page, "manager-shortlist-blind");
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("link", { name: candidateName })).toBeVisible();
});

test("[manager]: the shortlist is usable at phone width", async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs("hiring_manager");
  await expect(page.getByRole("heading", { level: 1, name: "Shortlists" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "manager-shortlists-390");
});
