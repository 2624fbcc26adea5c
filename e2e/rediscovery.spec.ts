import path from "node:path";
import { expect, expectAccessible, RESUME_FILES, screenshot, test } from "./fixtures";

test("[recruiter]: a second job finds the candidates uploaded to the first, and its shortlist shows them under “Past candidates”", async ({
  page,
  signInAs,
  seed,
}) => {
  test.setTimeout(180_000);
  await signInAs("recruiter");
  // Not the first TXT: the admin spec stores a "restored-" copy of it whose name would match the search below.
  const files = RESUME_FILES.slice(1, 4);
  const firstJob = await seed.createJob("Rediscovery source job");
  await seed.uploadAndWait(firstJob, files);
  const secondJob = await seed.createJob("Rediscovery target job");

  await page.goto(`/jobs/${secondJob}`);
  await expect(page.getByText("No resumes yet")).toBeVisible();
  await page.getByRole("button", { name: "Find matches among past candidates" }).click();
  // Other specs may have stored more resumes in this database: at least the first job's are offered.
  const offer = page.getByTestId("past-candidates-count");
  await expect(offer).toHaveText(/^Evaluate \d+ stored resumes from other jobs for this one\?$/);
  const count = Number((await offer.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThanOrEqual(files.length);
  await expectAccessible(page);
  await screenshot(page, "rediscovery-confirm");
  await page.getByRole("button", { name: `Evaluate ${count}` }).click();
  await expect(page.getByText(`${count} stored resumes queued; progress shows below.`)).toBeVisible();

  // The dashboard's counters include them, and they finish.
  await expect(page.getByLabel("Evaluation counts")).toContainText(`Resumes${count}`);
  await expect
    .poll(
      async () => {
        const body = await (await page.request.get(`/api/v1/jobs/${secondJob}/counts`)).json();
        return body.counts.byStatus.queued + body.counts.byStatus.processing;
      },
      { timeout: 90_000 },
    )
    .toBe(0);

  // Running it again offers nothing new.
  await page.reload();
  await page.getByRole("button", { name: "Find matches among past candidates" }).click();
  await expect(page.getByText("Every stored resume has been evaluated for this job already.")).toBeVisible();

  // The shortlist's Source filter, in the address.
  await page.goto(`/shortlists/${secondJob}`);
  await page.getByLabel("Source").selectOption("rediscovery");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]source=rediscovery/);
  const completedPast = await (async () => {
    const body = await (await page.request.get(`/api/v1/jobs/${secondJob}/counts`)).json();
    return body.counts.byStatus.completed as number;
  })();
  await expect(page.getByTestId("shortlist-total")).toHaveText(`${completedPast} ${completedPast === 1 ? "candidate" : "candidates"}`);
  await expect(page.getByTestId("shortlist-row")).not.toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "rediscovery-shortlist");
  // Nothing was uploaded for this job itself.
  await page.getByLabel("Source").selectOption("upload");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]source=upload/);
  await expect(page.getByTestId("shortlist-total")).toHaveText("0 candidates");
  // A bad value in a shared link is dropped, not an error page.
  await page.goto(`/shortlists/${secondJob}?source=bogus`);
  await expect(page.getByLabel("Source")).toHaveValue("");

  // A past candidate's page lists the first job among their other evaluations, with a link.
  await page.goto(`/shortlists/${secondJob}?source=rediscovery&q=${encodeURIComponent(path.basename(files[0] ?? ""))}`);
  await expect(page.getByTestId("shortlist-row")).toHaveCount(1);
  await page.getByTestId("shortlist-row").getByRole("link").click();
  await expect(page.getByRole("link", { name: "Rediscovery source job" })).toBeVisible();
  await expect(page.getByTestId("candidate-source")).toContainText("Past candidate");

  // The recruiters' search across all candidates finds them too.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidates" })).toBeVisible();
  await page.getByLabel("Name").fill(path.basename(files[0] ?? ""));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]name=/);
  const result = page.getByTestId("candidate-row");
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(path.basename(files[0] ?? ""));
  // Its evaluations (best first, at most five: other specs may have evaluated the same file) link to candidate pages.
  await expect(result.getByRole("link").first()).toHaveAttribute("href", /^\/shortlists\/[^/]+\/[^/]+$/);
  await expectAccessible(page);
  await screenshot(page, "candidates-search");
});
