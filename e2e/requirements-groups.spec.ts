import { writeFileSync } from "node:fs";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

const JD = `Platform Engineer
Acme Cloud · Remote

About the role
Run the platform our product teams deploy to.

Requirements
- Strong Python experience
- Experience with Terraform
`;

// Python and Terraform, Kroll by name; neither Kubernetes nor OpenShift.
const RESUME = `Sam Rivera
Springfield · sam.rivera@example.com

Experience
Platform Engineer, Example Cloud
Jan 2020 – Dec 2024
- Automated infrastructure with Terraform and Python.
- Reconciled cloud invoices in Kroll every month.

Skills
Python, Terraform
`;

test("[recruiter]: builds an either-or must-have and a custom requirement, and the re-scored candidate's matched and missing lists show both", async ({
  page,
  signInAs,
  seed,
}, testInfo) => {
  test.setTimeout(180_000);
  await signInAs("recruiter");
  const title = `Platform ${Date.now()}`;
  await page.getByRole("link", { name: "New job" }).click();
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByLabel("Job description text").fill(JD);
  await page.getByRole("button", { name: "Read requirements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Requirements: ${title}` })).toBeVisible();
  const jobId = new URL(page.url()).pathname.split("/")[2] ?? "";

  // A candidate scored before the edit.
  const resumeFile = testInfo.outputPath("sam-rivera.txt");
  writeFileSync(resumeFile, RESUME);
  await seed.uploadAndWait(jobId, [resumeFile]);
  await page.goto(`/jobs/${jobId}/requirements`);

  // "K8s" finds Kubernetes by its alias; it becomes a must-have of its own.
  const mustHave = page.getByRole("list", { name: /^Must-have skills: \d+ selected$/ });
  const addMust = page.getByLabel("Add to Must-have skills");
  await addMust.fill("K8s");
  await page.getByRole("option", { name: "Kubernetes (K8s)" }).click();
  const groups = page.getByTestId("must-have-group");
  const kubernetes = groups.filter({ hasText: "Kubernetes" });
  await expect(kubernetes).toHaveCount(1);

  // OpenShift as its alternative: one must-have met by either.
  const alternative = kubernetes.getByRole("combobox");
  await alternative.fill("OpenShift");
  await alternative.press("Enter");
  await expect(mustHave.getByRole("list", { name: /^Must-have \d+: Kubernetes or OpenShift$/ })).toBeVisible();

  // Split out, then merged back as an either-or.
  const before = await groups.count();
  await page.getByRole("button", { name: "Split out OpenShift as a must-have of its own" }).click();
  await expect(groups).toHaveCount(before + 1);
  const openshift = groups.filter({ has: page.getByRole("list", { name: /^Must-have \d+: OpenShift$/ }) });
  await openshift.getByText("Either-or with another must-have…").click();
  await openshift.getByRole("button", { name: /^Merge with must-have \d+: Kubernetes$/ }).click();
  await expect(groups).toHaveCount(before);
  await expect(mustHave.getByRole("list", { name: /^Must-have \d+: OpenShift or Kubernetes$/ })).toBeVisible();

  // A requirement the taxonomy does not know, matched as written.
  await addMust.fill("Kroll");
  await page.getByRole("option", { name: "Add “Kroll” as a custom requirement" }).click();
  await expect(groups.filter({ hasText: "Kroll" })).toContainText("custom, matched as written");

  // Soft skills have their own section, never a knockout.
  await expect(page.getByRole("group", { name: "Soft skills" })).toContainText("never a knockout");
  await expectAccessible(page);
  await screenshot(page, "recruiter-requirements-groups");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(mustHave).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await screenshot(page, "recruiter-requirements-groups-390");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Save requirements" }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${jobId}$`));

  // The editor shows what was saved.
  await page.goto(`/jobs/${jobId}/requirements`);
  await expect(mustHave.getByRole("list", { name: /^Must-have \d+: OpenShift or Kubernetes$/ })).toBeVisible();
  await expect(mustHave.getByRole("list", { name: /^Must-have \d+: Kroll$/ })).toBeVisible();

  // The re-score: Kroll found in the resume, the either-or missing as one requirement.
  await page.goto(`/shortlists/${jobId}`);
  await page.getByTestId("shortlist-row").getByRole("link", { name: "Sam Rivera" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sam Rivera" })).toBeVisible();
  const skills = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Skills" }) });
  await expect(async () => {
    await page.reload();
    await expect(skills.getByText("OpenShift or Kubernetes", { exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const matched = skills.getByRole("listitem").filter({ has: page.getByText("Kroll", { exact: true }) });
  await expect(matched).toContainText("Reconciled cloud invoices in Kroll every month.");
});

test("[recruiter]: a posting with no recognisable requirements opens an editor that says where to add them, and saves", async ({
  page,
  signInAs,
}) => {
  await signInAs("recruiter");
  const title = `Cocinero ${Date.now()}`;
  await page.getByRole("link", { name: "New job" }).click();
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByLabel("Job description text").fill("Se busca cocinero con ganas de aprender, horario de tarde.");
  await page.getByRole("button", { name: "Read requirements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Requirements: ${title}` })).toBeVisible();
  await expect(page.getByText("No requirements found — add them here.")).toBeVisible();
  await expect(page.getByLabel("Add to Must-have skills")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save requirements" }).click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
});
