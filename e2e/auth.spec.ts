import { DEMO, expect, test } from "./fixtures";

const LANDING = {
  admin: { path: "/admin/ops", heading: "Operations", nav: ["Ops", "Users", "API keys", "Audit log", "Jobs", "Shortlists", "Candidates"] },
  recruiter: { path: "/jobs", heading: "Jobs", nav: ["Jobs", "Upload", "Shortlists", "Candidates"] },
  hiring_manager: { path: "/shortlists", heading: "Shortlists", nav: ["Shortlists"] },
} as const;

for (const role of Object.keys(LANDING) as (keyof typeof LANDING)[]) {
  test(`[auth]: ${role} signs in, lands on their page with their navigation, and signs out`, async ({ page, signInAs }) => {
    await signInAs(role);
    const landing = LANDING[role];
    await expect(page).toHaveURL(new RegExp(`${landing.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: landing.heading })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText([...landing.nav]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto(landing.path);
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test("[auth]: a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.recruiter.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password. Check both and try again.");
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.recruiter.email);
  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("[auth]: a hiring manager gets the 403 page on admin and recruiter pages", async ({ page, signInAs }) => {
  await signInAs("hiring_manager");
  for (const path of ["/admin/ops", "/admin/users", "/jobs"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "This page is not available for your role" })).toBeVisible();
  }
});

test("[auth]: the admin sees every user with their role", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  const rows = page.getByRole("row");
  for (const user of Object.values(DEMO)) await expect(rows.filter({ hasText: user.email })).toHaveCount(1);
  await expect(rows.filter({ hasText: DEMO.hiring_manager.email })).toContainText("Hiring manager");
});

test("[health]: /api/health and the runbook's /health answer healthy with each dependency", async ({ request }) => {
  for (const path of ["/api/health", "/health"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("healthy");
    expect(Object.keys(body.checks).sort()).toEqual(["database", "fileStorage", "jobRunner"]);
  }
});
