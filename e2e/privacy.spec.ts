import { readFileSync, writeFileSync } from "node:fs";
import { expect, expectAccessible, RESUME_FILES, screenshot, test } from "./fixtures";

const NAME = "Imogen Vasquez-Hale";

function resumeText(email: string): string {
  return `${NAME}
Athens, GA · 706-555-0142 · ${email}

Experience
Data Engineer, Oconee Logistics
Mar 2021 – Present
- Built batch and streaming pipelines in Python and PySpark on AWS; orchestrated with Airflow.
- Modeled the shipment marts in Snowflake with dbt; wrote and tuned complex SQL.

Education
B.S. Computer Science, University of Georgia, 2020
`;
}

test("[privacy]: a recruiter downloads a candidate's data, erases them after typing ERASE, and the candidate is gone from every job; a hiring manager sees neither action", async ({
  page,
  signInAs,
  seed,
}, testInfo) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const email = `imogen.${tag}@example.com`;
  const file = testInfo.outputPath(`imogen-${tag}.txt`);
  writeFileSync(file, resumeText(email));
  const other = RESUME_FILES.find((path) => path.endsWith(".txt"));
  if (!other) throw new Error("a TXT resume fixture is needed");

  // Set-up as the recruiter: the candidate is evaluated for two jobs, next to another candidate in the first.
  await signInAs("recruiter");
  const title = `Privacy ${tag}`;
  const jobId = await seed.createJob(title);
  const otherJobId = await seed.createJob(`Privacy other ${tag}`);
  await seed.uploadAndWait(jobId, [file, other]);
  await seed.uploadAndWait(otherJobId, [file]);

  await page.goto(`/shortlists/${jobId}`);
  const rows = page.getByTestId("shortlist-row");
  await expect(rows).toHaveCount(2);
  await page.getByRole("link", { name: NAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  const candidateUrl = new URL(page.url()).pathname;
  const otherJobCandidateUrl = await page.getByRole("link", { name: `Privacy other ${tag}` }).getAttribute("href");
  expect(otherJobCandidateUrl).toMatch(new RegExp(`^/shortlists/${otherJobId}/`));

  // A decision, so that the erasure has one to remove.
  await page.getByRole("radio", { name: "Hold" }).check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByText("Decision saved.")).toBeVisible();

  // The panel says what is stored; the download holds all of it.
  const panel = page.locator("section").filter({ has: page.getByRole("heading", { name: "Candidate data" }) });
  await expect(panel).toContainText("2 evaluations (one per job) and 1 decision");
  const downloadLink = panel.getByRole("link", { name: "Download data (JSON)" });
  const resumeId = ((await downloadLink.getAttribute("href")) ?? "").match(/^\/api\/v1\/resumes\/([^/]+)\/export$/)?.[1];
  if (!resumeId) throw new Error("the download link names the resume");
  const downloadPromise = page.waitForEvent("download");
  await downloadLink.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`candidate-${resumeId}.json`);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(exported.resume.candidateEmail).toBe(email);
  expect(exported.resume.text).toContain(NAME);
  expect(exported.evaluations).toHaveLength(2);
  expect(exported.evaluations.map((evaluation: { jobTitle: string }) => evaluation.jobTitle).sort()).toEqual(
    [title, `Privacy other ${tag}`].sort(),
  );
  const evaluation = exported.evaluations.find((entry: { jobId: string }) => entry.jobId === jobId);
  expect(evaluation.status).toBe("completed");
  expect(typeof evaluation.score).toBe("number");
  expect(exported.decisions).toEqual([expect.objectContaining({ decision: "hold", reviewer: "Riley Recruiter" })]);

  // Blind review: the panel and its dialog use the pseudonym and offer no download.
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Candidate [A-Z0-9]{6}$/ })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Download data (JSON)" })).toHaveCount(0);
  await expect(panel).toContainText("Turn blind review off to download");
  await panel.getByRole("button", { name: "Erase candidate…" }).click();
  const blindDialog = page.getByRole("dialog");
  await expect(blindDialog.getByRole("heading", { name: /^Erase Candidate [A-Z0-9]{6}\?$/ })).toBeVisible();
  await expect(panel).not.toContainText(NAME);
  await blindDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(blindDialog).toBeHidden();
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();

  // A hiring manager sees the candidate but not the panel, and the export route refuses them.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signInAs("hiring_manager");
  await page.goto(candidateUrl);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Decision history" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Candidate data" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Erase candidate…" })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/resumes/${resumeId}/export`)).status()).toBe(403);
  await page.getByRole("button", { name: "Sign out" }).click();

  // Back as the recruiter: the dialog says what goes, and only the typed word arms the button.
  await signInAs("recruiter");
  await page.goto(candidateUrl);
  await panel.getByRole("button", { name: "Erase candidate…" }).click();
  const dialog = page.getByRole("dialog", { name: `Erase ${NAME}?` });
  await expect(dialog).toBeVisible();
  const erased = dialog.getByRole("list", { name: "What is erased" });
  await expect(erased).toContainText("the uploaded file");
  await expect(erased).toContainText("the extracted text and the parsed profile");
  await expect(erased).toContainText("2 evaluations, one per job it was uploaded to");
  await expect(erased).toContainText("1 decision");
  const confirmButton = dialog.getByRole("button", { name: "Erase candidate", exact: true });
  await expect(confirmButton).toBeDisabled();
  await dialog.getByLabel("Type ERASE to confirm").fill("erase");
  await expect(confirmButton).toBeDisabled();
  await expectAccessible(page);
  await dialog.getByLabel("Type ERASE to confirm").fill("ERASE");
  await expect(confirmButton).toBeEnabled();
  await screenshot(page, "manager-candidate-erase");
  await confirmButton.click();

  // Back on the shortlist with the confirmation; only the other candidate is left.
  await expect(page).toHaveURL(new RegExp(`/shortlists/${jobId}\\?erased=${resumeId}$`));
  await expect(page.getByRole("status").filter({ hasText: "Candidate erased" })).toHaveText(
    "Candidate erased: 2 evaluations and 1 decision removed.",
  );
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("link", { name: NAME })).toHaveCount(0);
  await expect(page.getByTestId("shortlist-total")).toHaveText("1 candidate");
  await screenshot(page, "manager-shortlist-after-erase");

  // Nothing is left in either job, nor in the data export.
  await page.goto(candidateUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.goto(otherJobCandidateUrl ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.goto(`/shortlists/${otherJobId}`);
  await expect(page.getByRole("link", { name: NAME })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/resumes/${resumeId}/export`)).status()).toBe(404);
});
