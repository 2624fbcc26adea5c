// Issue 16 §5–8: decisions (no default, keyboard, bulk), blind review redacting every
// text, phone layouts, and the small things (counters, re-upload, filter errors,
// compare with one, dashboard candidates, readable audit targets).
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, expectAccessible, FIXTURES_DIR, RESUME_FILES, test } from "./fixtures";

const BLIND_FILE = path.join(FIXTURES_DIR, "blind", "blind-review-resume.txt");
// Everything in the blind fixture that identifies the candidate or where they live and studied.
const IDENTIFYING = [
  "Greta",
  "Lindqvist",
  "greta.lindqvist@example.com",
  "linkedin.com/in/greta",
  "123 45 67",
  "Uppsala",
  "Sweden",
  "Oslo",
  "Norway",
  "Chalmers",
];

async function shot(page: Page, width: 390 | 1440, name: string): Promise<void> {
  await page.screenshot({ path: path.join("test-results", "screenshots", String(width), `${name}.png`), fullPage: true });
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function candidateIdOf(page: Page, jobId: string, fileName: string): Promise<string> {
  const body = await (await page.request.get(`/api/v1/jobs/${jobId}/progress?limit=200`)).json();
  const found = (body.items as { id: string; fileName: string }[]).find((item) => item.fileName === fileName);
  if (!found) throw new Error(`no evaluation of ${fileName}`);
  return found.id;
}

test("[review]: blind review removes the candidate's name, contact details, places and school from the whole candidate page", async ({
  page,
  signInAs,
  seed,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs("recruiter");
  const jobId = await seed.createJob(`Blind review ${Date.now()}`);
  await seed.uploadAndWait(jobId, [BLIND_FILE, RESUME_FILES[0] ?? ""]);
  const evaluationId = await candidateIdOf(page, jobId, path.basename(BLIND_FILE));
  const candidateUrl = `/shortlists/${jobId}/${evaluationId}`;

  // Without blind review the page shows who and where: the fixture's terms are really there.
  await page.goto(candidateUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Greta Lindqvist" })).toBeVisible();
  await expect(page.getByLabel("Extracted resume text")).toContainText("Chalmers University of Technology");
  await expect(page.getByLabel("Extracted resume text")).toContainText("Uppsala");

  // A reviewer's note that names the candidate and their city.
  await page.getByRole("radio", { name: "Hold" }).check();
  await page.getByLabel("Note (optional)").fill("Greta from Uppsala: ask about the Oslo move.");
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("list", { name: "Decision history" })).toContainText("Greta from Uppsala");

  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "true");
  // A fresh load: the page must not carry the earlier, non-blind render in its inline data either.
  await page.goto(candidateUrl);
  await expect(page.getByRole("heading", { level: 1, name: /^Candidate [A-Z0-9]{6}$/ })).toBeVisible();
  const text = page.getByLabel("Extracted resume text");
  await expect(text).toContainText("Airflow DAGs");
  await expect(text).toContainText("█");
  // Evidence highlights still mark the skills in the redacted text.
  await expect(text.locator("mark").first()).toBeVisible();
  const html = await page.content();
  for (const term of IDENTIFYING) expect(html, `"${term}" is on the blind page`).not.toContain(term);
  await expectAccessible(page);
  await shot(page, 1440, "candidate-blind");

  // The shortlist and its CSV stay anonymised too.
  await page.goto(`/shortlists/${jobId}`);
  const shortlistHtml = await page.content();
  for (const term of IDENTIFYING) expect(shortlistHtml).not.toContain(term);
  const csv = await (await page.request.get(`/shortlists/${jobId}/export`)).text();
  expect(csv).toContain("ask about the");
  for (const term of IDENTIFYING) expect(csv).not.toContain(term);
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "false");
});

test("[review]: decisions need a chosen option, work from the keyboard and in bulk with one note", async ({ page, signInAs, seed }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs("recruiter");
  const title = `Decisions ${Date.now()}`;
  const jobId = await seed.createJob(title);
  await seed.uploadAndWait(jobId, RESUME_FILES.slice(0, 4));

  // Open the top candidate: nothing is preselected, and a note alone is refused.
  await page.goto(`/shortlists/${jobId}`);
  const rows = page.getByTestId("shortlist-row");
  await expect(rows).toHaveCount(4);
  await rows.first().locator("td:nth-child(3) a").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const option of ["Shortlist", "Hold", "Reject"]) await expect(page.getByRole("radio", { name: option })).not.toBeChecked();
  await page.getByLabel("Note (optional)").fill("Solid Spark work.");
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByText("Choose Shortlist, Hold or Reject before saving; the note is kept.")).toBeVisible();
  await expect(page.getByText("No decisions yet.")).toBeVisible();
  await expect(page.getByLabel("Note (optional)")).toHaveValue("Solid Spark work.");

  // Typing in the note never fires a shortcut.
  await page.getByLabel("Note (optional)").press("s");
  await expect(page.getByText("No decisions yet.")).toBeVisible();

  // "?" lists the shortcuts; h puts the candidate on hold with the note typed so far.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("?");
  const help = page.getByRole("definition").filter({ hasText: "Next candidate" });
  await expect(help).toBeVisible();
  await page.keyboard.press("?");
  await expect(help).toBeHidden();
  await page.keyboard.press("h");
  await expect(page.getByText("Decision saved.")).toBeVisible();
  const history = page.getByRole("list", { name: "Decision history" });
  await expect(history).toContainText("On hold");
  await expect(history).toContainText("Solid Spark work.s");
  await expectAccessible(page);
  await shot(page, 1440, "candidate-decision");

  // j opens the next candidate of the shortlist, k comes back.
  const firstUrl = page.url();
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByText("No decisions yet.")).toBeVisible();
  await page.keyboard.press("k");
  await expect(page).toHaveURL(firstUrl);

  // On the shortlist: j moves to a row, r rejects it.
  await page.goto(`/shortlists/${jobId}`);
  await expect(rows.first()).toContainText("On hold");
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("data-current", "true");
  await page.keyboard.press("r");
  await expect(rows.nth(1)).toContainText("Rejected");

  // Bulk: the last two rows shortlisted with one note; nothing is preselected.
  await page.getByRole("button", { name: "Decide on selected" }).click();
  await expect(page.getByText("Select candidates with the boxes in the first column first.")).toBeVisible();
  await rows.nth(2).getByRole("checkbox").check();
  await rows.nth(3).getByRole("checkbox").check();
  await page.getByLabel("Note for all selected (optional)").fill("Phone screen next week.");
  await page.getByRole("button", { name: "Decide on selected" }).click();
  await expect(page.getByText("Choose Shortlist, Hold or Reject for the selected candidates.")).toBeVisible();
  await page.getByRole("radiogroup", { name: "Decision for selected" }).getByRole("radio", { name: "Shortlisted" }).check();
  await page.getByRole("button", { name: "Decide on selected" }).click();
  await expect(page.getByText("Shortlisted: 2 candidates.")).toBeVisible();
  await expect(rows.nth(2)).toContainText("Shortlisted");
  await expect(rows.nth(3)).toContainText("Shortlisted");
  await expectAccessible(page);
  await shot(page, 1440, "shortlist-bulk");
  const csv = await (await page.request.get(`/shortlists/${jobId}/export?decision=shortlist`)).text();
  expect(csv.match(/Phone screen next week\./g)).toHaveLength(2);

  // Invalid number filters are shown, not ignored.
  await page.getByLabel("Min years").fill("five");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Min years must be a number from 0 to 60" })).toBeVisible();
  await expect(page.getByLabel("Min years")).toHaveValue("five");
  await expect(page.getByLabel("Min years")).toHaveAttribute("aria-invalid", "true");

  // Compare with one candidate asks for the second in place.
  await page.goto(`/shortlists/${jobId}`);
  await rows.first().getByRole("checkbox").check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  const picker = page.getByRole("list", { name: "Second candidate" });
  await expect(picker.getByRole("link")).toHaveCount(3);
  await shot(page, 1440, "compare-pick-second");
  await picker.getByRole("link").first().click();
  await expect(page.getByRole("rowheader", { name: "Score" })).toBeVisible();
  await expect(page.getByRole("row").first().getByRole("link")).toHaveCount(2);
});

test("[recruiter]: counters add up, the dashboard lists the top candidates, a failed row takes a re-upload, the audit log names targets", async ({
  page,
  signInAs,
  seed,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs("admin");
  const title = `Small things ${Date.now()}`;
  const jobId = await seed.createJob(title);

  // The same file twice: one completed, one duplicate — never counted as completed too.
  await page.goto(`/jobs/${jobId}/upload`);
  const file = RESUME_FILES[1] ?? "";
  await page.locator("#resume-files").setInputFiles(file);
  await expect(page.getByTestId("upload-summary")).toHaveText("0 queued · 0 duplicate · 0 rejected · 1 completed · 0 failed", {
    timeout: 60_000,
  });
  await page.locator("#resume-files").setInputFiles(file);
  await expect(page.getByTestId("upload-summary")).toHaveText("0 queued · 1 duplicate · 0 rejected · 1 completed · 0 failed", {
    timeout: 60_000,
  });
  await page.locator("#resume-files").setInputFiles(RESUME_FILES[2] ?? "");
  await expect(page.getByTestId("upload-summary")).toHaveText("0 queued · 1 duplicate · 0 rejected · 2 completed · 0 failed", {
    timeout: 60_000,
  });

  // A resume whose stored file went missing: the runner fails it.
  const dir = mkdtempSync(path.join(os.tmpdir(), "rc-reupload-"));
  const lostName = `lost-${Date.now()}.txt`;
  const lostFile = path.join(dir, lostName);
  writeFileSync(
    lostFile,
    `${readFileSync(RESUME_FILES.find((f) => f.endsWith(".txt")) ?? "", "utf8")}\n${randomBytes(8).toString("hex")}\n`,
  );
  const bytes = readFileSync(lostFile);
  const id = randomBytes(12).toString("hex");
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  await db.query(
    `INSERT INTO resumes (id, original_name, mime_type, size_bytes, sha256, storage_key, updated_at) VALUES ($1, $2, 'text/plain', $3, $4, $5, now())`,
    [`e2e-r-${id}`, lostName, bytes.length, createHash("sha256").update(bytes).digest("hex"), `resumes/${id.slice(0, 2)}/${id}`],
  );
  await db.query(`INSERT INTO evaluations (id, job_id, resume_id, updated_at) VALUES ($1, $2, $3, now())`, [
    `e2e-e-${id}`,
    jobId,
    `e2e-r-${id}`,
  ]);
  await db.end();

  const failedRow = page.getByRole("table", { name: "Failed evaluations" }).getByRole("row").filter({ hasText: lostName });
  await expect(async () => {
    await page.goto(`/jobs/${jobId}`);
    await expect(failedRow).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(failedRow).toContainText("The stored file is missing.");
  const top = page.getByRole("list", { name: "Top candidates" });
  await expect(top.getByRole("listitem")).toHaveCount(2);
  await expect(top.getByRole("listitem").first()).toContainText(/\d+\.\d/);
  await expectAccessible(page);
  await shot(page, 1440, "job-dashboard");

  // Another file is refused; the same file restores it and it completes.
  await failedRow.getByLabel(`Re-upload ${lostName}`).setInputFiles(RESUME_FILES[0] ?? "");
  await expect(failedRow.getByRole("alert")).toContainText(`This is not the same file as “${lostName}”`);
  await failedRow.getByLabel(`Re-upload ${lostName}`).setInputFiles(lostFile);
  await expect(async () => {
    await page.goto(`/jobs/${jobId}`);
    await expect(top.getByRole("listitem")).toHaveCount(3, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(failedRow).toHaveCount(0);
  await top.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/shortlists/${jobId}/`));

  // The audit log names the job and the re-uploaded file instead of raw ids.
  await page.goto("/admin/audit?action=resume.reuploaded");
  await expect(page.getByTestId("audit-target").first()).toHaveText(`${lostName} for “${title}”`);
  // One entry per selection, naming the job and its file (three selections of one file each above).
  await page.goto("/admin/audit?action=resumes.uploaded");
  const uploads = page.getByTestId("audit-target").filter({ hasText: `“${title}”` });
  const [first, second] = [path.basename(RESUME_FILES[1] ?? ""), path.basename(RESUME_FILES[2] ?? "")];
  await expect(uploads).toHaveText([second, first, first].map((name) => `Job “${title}”: 1 file — ${name}`));
  await page.goto("/admin/audit?action=job.created");
  await expect(page.getByTestId("audit-target").first()).toHaveText(`Job “${title}”`);
  await shot(page, 1440, "audit-log");

  // The favicon is served.
  const icon = await page.request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("[responsive]: every main page fits a 390 px phone, tables become cards, the header is a menu, the decision is at the top", async ({
  page,
  signInAs,
  seed,
}) => {
  test.setTimeout(240_000);
  await signInAs("admin");
  const jobId = await seed.createJob(`Phone ${Date.now()}`);
  await seed.uploadAndWait(jobId, RESUME_FILES.slice(0, 3));
  const evaluations = (await (await page.request.get(`/api/v1/jobs/${jobId}/progress?sort=score&limit=200`)).json()).items as {
    id: string;
  }[];
  const [first, second] = evaluations;
  if (!first || !second) throw new Error("two evaluations are needed");

  await page.setViewportSize({ width: 390, height: 844 });
  const pages: [string, string][] = [
    ["jobs", "/jobs"],
    ["job-new", "/jobs/new"],
    ["job-dashboard", `/jobs/${jobId}`],
    ["job-upload", `/jobs/${jobId}/upload`],
    ["job-requirements", `/jobs/${jobId}/requirements`],
    ["upload", "/upload"],
    ["shortlists", "/shortlists"],
    ["shortlist", `/shortlists/${jobId}`],
    ["candidate", `/shortlists/${jobId}/${first.id}`],
    ["compare", `/shortlists/${jobId}/compare?ids=${first.id},${second.id}`],
    ["compare-one", `/shortlists/${jobId}/compare?ids=${first.id}`],
    ["admin-ops", "/admin/ops"],
    ["admin-users", "/admin/users"],
    ["admin-api-keys", "/admin/api-keys"],
    ["admin-audit", "/admin/audit"],
    ["account-api-keys", "/account/api-keys"],
    ["account-password", "/account/password"],
  ];
  for (const [name, url] of pages) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await shot(page, 390, name);
  }

  // The header is one row with a menu button; the menu opens the navigation.
  await page.goto("/jobs");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await shot(page, 390, "header-menu-open");
  await nav.getByRole("link", { name: "Shortlists" }).click();
  await expect(page).toHaveURL(/\/shortlists$/);
  await expect(nav).toBeHidden();

  // A shortlist row is a card: its cells stack under their column names.
  await page.goto(`/shortlists/${jobId}`);
  const row = page.getByTestId("shortlist-row").first();
  const scoreCell = row.locator("td[data-label='Score']");
  const verdictCell = row.locator("td[data-label='Verdict']");
  await expect(scoreCell).toBeVisible();
  await expect(verdictCell).toBeVisible();
  const scoreBox = await scoreCell.boundingBox();
  const verdictBox = await verdictCell.boundingBox();
  expect(scoreBox && verdictBox && verdictBox.y >= scoreBox.y + scoreBox.height - 1).toBe(true);

  // The candidate page shows the decision form without scrolling.
  await page.goto(`/shortlists/${jobId}/${first.id}`);
  await expect(page.getByRole("button", { name: "Save decision" })).toBeInViewport();

  // The same pages at 1440 px for comparison.
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const [name, url] of pages.filter(([n]) => ["jobs", "shortlist", "candidate", "compare", "admin-users", "admin-ops"].includes(n))) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await shot(page, 1440, name);
  }
});
