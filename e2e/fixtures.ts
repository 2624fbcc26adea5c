import { expect, type Page, test as base } from "@playwright/test";

export const DEMO = {
  admin: { email: "admin@example.com", password: "admin-demo-password", name: "Ada Admin" },
  recruiter: { email: "recruiter@example.com", password: "recruiter-demo-password", name: "Riley Recruiter" },
  hiring_manager: { email: "manager@example.com", password: "manager-demo-password", name: "Morgan Manager" },
} as const;
export type DemoRole = keyof typeof DEMO;

async function signInAs(page: Page, role: DemoRole): Promise<void> {
  const user = DEMO[role];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(user.name);
}

export const test = base.extend<{ signInAs: (role: DemoRole) => Promise<void> }>({
  // The server's address is only known after global setup has started it.
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  signInAs: async ({ page }, use) => {
    await use((role) => signInAs(page, role));
  },
});

export { expect };
