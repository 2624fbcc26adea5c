import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test as base } from "@playwright/test";
import pg from "pg";

export const DEMO = {
  admin: { email: "admin@example.com", password: "admin-demo-password", name: "Ada Admin" },
  recruiter: { email: "recruiter@example.com", password: "recruiter-demo-password", name: "Riley Recruiter" },
  hiring_manager: { email: "manager@example.com", password: "manager-demo-password", name: "Morgan Manager" },
} as const;
export type DemoRole = keyof typeof DEMO;

export const FIXTURES_DIR = path.join(import.meta.dirname, "fixtures");
export const JD_FILE = path.join(FIXTURES_DIR, "data-engineer-jd.txt");
export const RESUME_FILES = readdirSync(path.join(FIXTURES_DIR, "resumes"))
  .sort()
  .map((name) => path.join(FIXTURES_DIR, "resumes", name));
export const CORRUPT_FILE = path.join(FIXTURES_DIR, "corrupt-resume.docx");

async function signInAs(page: Page, role: DemoRole): Promise<void> {
  const user = DEMO[role];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(user.name);
}

/** Full-page screenshot kept as a test artefact under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join("test-results", "screenshots", `${name}.png`), fullPage: true });
}

/** Axe scan of the current page: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  // After a server action the page's metadata streams in behind the content: scan once the title is back.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

type SeedHelpers = {
  /** Creates a job from the fixture JD through the API as the signed-in user. */
  createJob: (title: string) => Promise<string>;
  /** Uploads resumes to a job through the single-file API and waits until every evaluation finished. */
  uploadAndWait: (jobId: string, files: string[]) => Promise<void>;
  /**
   * A queued evaluation whose resume's stored file is missing from storage (as
   * after a lost disk or a botched restore): the runner fails it at once with
   * FILE_MISSING. `restore()` puts the file back where storage expects it.
   */
  seedMissingFileEvaluation: (jobId: string, file: string) => Promise<{ fileName: string; evaluationId: string; restore: () => void }>;
};

export const test = base.extend<{ signInAs: (role: DemoRole) => Promise<void>; seed: SeedHelpers }>({
  // The server's address is only known after global setup has started it.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  signInAs: async ({ page }, use) => {
    await use((role) => signInAs(page, role));
  },
  seed: async ({ page }, use) => {
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    const helpers: SeedHelpers = {
      createJob: async (title) => {
        const response = await page.request.post("/api/v1/jobs", { data: { title, text: readFileSync(JD_FILE, "utf8") } });
        expect(response.status()).toBe(201);
        return (await response.json()).job.id as string;
      },
      uploadAndWait: async (jobId, files) => {
        for (const file of files) {
          const response = await page.request.post(`/api/v1/jobs/${jobId}/resumes?name=${encodeURIComponent(path.basename(file))}`, {
            data: readFileSync(file),
            headers: { "content-type": "application/octet-stream" },
          });
          expect(response.status()).toBe(201);
        }
        await expect
          .poll(
            async () => {
              const counts = await (await page.request.get(`/api/v1/jobs/${jobId}/counts`)).json();
              return counts.counts.byStatus.completed + counts.counts.byStatus.failed;
            },
            { timeout: 60_000 },
          )
          .toBe(files.length);
      },
      seedMissingFileEvaluation: async (jobId, file) => {
        const id = randomBytes(16).toString("hex");
        const storageKey = `resumes/${id.slice(0, 2)}/${id}`;
        const fileName = `restored-${path.basename(file)}`;
        const bytes = readFileSync(file);
        await db.query(
          `INSERT INTO resumes (id, original_name, mime_type, size_bytes, sha256, storage_key, updated_at) VALUES ($1, $2, 'text/plain', $3, $4, $5, now())`,
          [`e2e-r-${id}`, fileName, bytes.length, randomBytes(32).toString("hex"), storageKey],
        );
        await db.query(`INSERT INTO evaluations (id, job_id, resume_id, updated_at) VALUES ($1, $2, $3, now())`, [
          `e2e-e-${id}`,
          jobId,
          `e2e-r-${id}`,
        ]);
        return {
          fileName,
          evaluationId: `e2e-e-${id}`,
          restore: () => {
            const target = path.join(process.env.E2E_DATA_DIR ?? "", "storage", ...storageKey.split("/"));
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, bytes);
          },
        };
      },
    };
    await use(helpers);
    await db.end();
  },
});

export { expect };
