import { expect, expectAccessible, RESUME_FILES, screenshot, test } from "./fixtures";

test("[admin]: sees a failed evaluation on the ops page and retries it to completion", async ({ page, signInAs, seed }) => {
  test.setTimeout(120_000);
  await signInAs("admin");
  const jobId = await seed.createJob(`Ops journey ${Date.now()}`);
  const source = RESUME_FILES.find((file) => file.endsWith(".txt"));
  if (!source) throw new Error("a TXT resume fixture is needed");
  const broken = await seed.seedMissingFileEvaluation(jobId, source);

  // The runner fails it (stored file missing); the ops page lists it with stage and reason.
  const failedRow = page.getByTestId("failed-row").filter({ hasText: broken.fileName });
  await expect(async () => {
    await page.goto("/admin/ops");
    await expect(failedRow).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Operations" })).toBeVisible();
  await expect(page.getByText("mode: inline")).toBeVisible();
  // The runbook's infrastructure checks: disk of the storage volume, database size and connections, slow queries.
  const infrastructure = page.getByLabel("Infrastructure", { exact: true });
  await expect(infrastructure).toContainText(/Storage disk used\s*\d+(\.\d)?%/);
  await expect(infrastructure).toContainText(/Database connections\s*\d+ \/ \d+/);
  await expect(page.getByRole("heading", { name: "Queries running longer than 5.0 s" })).toBeVisible();
  await expect(failedRow).toContainText("The stored file is missing. Upload the resume again.");
  await expect(failedRow).toContainText("FILE_MISSING");
  await expectAccessible(page);
  await screenshot(page, "admin-ops-failed");

  // The file is restored (as from a backup); retrying completes it.
  broken.restore();
  await failedRow.getByRole("button", { name: `Retry ${broken.fileName}` }).click();
  await expect(page.getByText("1 evaluation queued again.")).toBeVisible();
  await expect(failedRow).toHaveCount(0);
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/evaluations/${broken.evaluationId}`)).json()).evaluation.status, {
      timeout: 30_000,
    })
    .toBe("completed");
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByLabel("Evaluation counts")).toContainText("Completed1");
  await page.goto("/admin/ops");
  await expect(failedRow).toHaveCount(0);
  await screenshot(page, "admin-ops-after-retry");
});

test("[admin]: creates a user, changes the role and deactivates them", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/admin/users");
  const email = `new-user-${Date.now()}@example.com`;
  await page.getByLabel("Name").fill("Nia New");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await page.getByLabel("Initial password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Nia New can now sign in as Recruiter.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toBeVisible();
  await row.getByLabel("Role of Nia New").selectOption("hiring_manager");
  await expect(row.getByLabel("Role of Nia New")).toHaveValue("hiring_manager");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("Deactivated");
  await expectAccessible(page);
  await screenshot(page, "admin-users");
});
