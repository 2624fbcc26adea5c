import { writeFileSync } from "node:fs";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

const JD = `Backend Engineer (Python)
Acme Payments · Remote

About the role
Build and run the services behind our payments platform.

Requirements
- At least 2 years of Python experience
- Strong SQL and PostgreSQL
- Experience with Docker

Nice to have
- Kubernetes
`;

// Three years in a Python role (2021–2023): meets 2 years of Python, not 4.
const RESUME = `Jordan Lee
Springfield · jordan.lee@example.com

Experience
Backend Engineer, Example Payments
Jan 2021 – Dec 2023
- Built payment services in Python with SQL and PostgreSQL.
- Packaged services with Docker.

Support Analyst, Helpdesk Co
Jan 2017 – Dec 2020
- Answered customer tickets and wrote reports.

Skills
Python, SQL, PostgreSQL, Docker

Education
B.S. Computer Science, State University, 2016
`;

// The hiring manager's explanation (the candidate page's default tab) names the gap in its own words.
const GAP = /years? of Python experience against the 4 asked for/;

test("[recruiter]: edits a scoped years requirement read from the JD, and the re-scored candidate's feedback names the new minimum", async ({
  page,
  signInAs,
  seed,
}, testInfo) => {
  test.setTimeout(180_000);
  await signInAs("recruiter");
  const title = `Python years ${Date.now()}`;

  // A job from a pasted description: the years requirement keeps its scope.
  await page.getByRole("link", { name: "New job" }).click();
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByLabel("Job description text").fill(JD);
  await page.getByRole("button", { name: "Read requirements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Requirements: ${title}` })).toBeVisible();
  const jobId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const rows = page.getByTestId("scoped-years-row");
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toContainText("years of Python");
  await expect(row).toContainText("From the description: “At least 2 years of Python experience”");
  const years = row.getByRole("spinbutton", { name: "At least years of Python" });
  await expect(years).toHaveValue("2");
  await expect(page.getByLabel("Minimum years of experience")).toHaveValue("2");
  await expectAccessible(page);

  // A candidate scored against 2 years of Python: no years gap in the feedback.
  const resumeFile = testInfo.outputPath("jordan-lee.txt");
  writeFileSync(resumeFile, RESUME);
  await seed.uploadAndWait(jobId, [resumeFile]);
  await page.goto(`/shortlists/${jobId}`);
  await page.getByTestId("shortlist-row").getByRole("link", { name: "Jordan Lee" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Lee" })).toBeVisible();
  await expect(page.getByText(/years of python experience asked for/i)).toHaveCount(0);
  const candidateUrl = page.url();
  await page.goto(`/jobs/${jobId}/requirements`);
  await expect(years).toHaveValue("2");

  // Add a row by keyboard, give it a skill, then remove it again.
  await page.getByRole("button", { name: "Add a years requirement" }).click();
  await expect(rows).toHaveCount(2);
  const added = page.getByLabel("Add to Requirement 2 skills (any one counts)");
  await added.fill("Go");
  await added.press("Enter");
  await expect(rows.nth(1)).toContainText("Added in this editor.");
  await expect(rows.nth(1).getByRole("spinbutton", { name: "At least years of Go" })).toHaveValue("1");
  await rows.nth(1).getByRole("button", { name: "Remove years requirement 2: At least 1 year of Go" }).click();
  await expect(rows).toHaveCount(1);

  // Python no longer a must-have: the scope stays, flagged.
  const mustHave = page.getByRole("list", { name: /^Must-have skills: \d+ selected$/ });
  await mustHave.getByRole("button", { name: "Remove Python from Must-have skills" }).click();
  await expect(row).toContainText("Python is not among the job's must-have or nice-to-have skills; this years requirement still applies.");

  // 4 years of Python.
  await years.fill("4");
  await expect(years).toHaveValue("4");
  await expectAccessible(page);
  await screenshot(page, "recruiter-requirements-years");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Save requirements" }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${jobId}$`));
  await expect(page.getByRole("link", { name: "Edit requirements" })).toBeVisible();

  // The editor shows what was saved.
  await page.goto(`/jobs/${jobId}/requirements`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("spinbutton", { name: "At least years of Python" })).toHaveValue("4");

  // The re-score runs in the background; the candidate's feedback names the 4 years.
  await page.goto(candidateUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Lee" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(GAP).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  // The candidate's own feedback, in its tab, names it too.
  await page.getByRole("tab", { name: "Candidate feedback" }).click();
  await expect(page.getByText(/We count [\d.]+ of the 4 years of Python experience asked for/)).toBeVisible();
});
