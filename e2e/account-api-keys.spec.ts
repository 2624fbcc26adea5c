import type { APIRequestContext, Page } from "@playwright/test";
import { API_KEY_DISPLAY_LENGTH } from "../lib/schemas/api-keys";
import { DEMO, expect, expectAccessible, screenshot, test } from "./fixtures";
import { callAction, readBuiltActions } from "./server-action-client";

const KEY_PATTERN = /^rc_live_[A-Za-z0-9_-]{43}$/;
const CLIENT_IP = "203.0.113.50";

function bearer(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}`, "x-forwarded-for": CLIENT_IP };
}

async function listJobsStatus(request: APIRequestContext, secret: string): Promise<number> {
  return (await request.get("/api/v1/jobs", { headers: bearer(secret) })).status();
}

/**
 * Waits until React has hydrated the element (its props are attached): a click
 * or a change made before that is lost, or submits the form natively.
 */
async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((target) => {
    const element = document.querySelector(target);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps$"));
  }, selector);
}

/** The key's row in the table, found by the display prefix (the start of the full key). */
function keyRow(page: Page, secret: string) {
  return page.getByTestId(`api-key-${secret.slice(0, API_KEY_DISPLAY_LENGTH)}`);
}

test("[account]: a hiring manager creates their own read key, uses it, rotates it and revokes the old one", async ({
  page,
  request,
  signInAs,
}) => {
  await signInAs("hiring_manager");
  await page.getByRole("link", { name: "My API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My API keys" })).toBeVisible();
  await waitForHydration(page, "form");

  // Only the scopes a hiring manager may hold are offered, each explained.
  const scopes = page.getByRole("group", { name: "Scopes" });
  await expect(scopes.getByRole("checkbox")).toHaveCount(2);
  await expect(scopes.getByRole("checkbox", { name: "read" })).toBeChecked();
  await expect(scopes.getByRole("checkbox", { name: "write" })).not.toBeChecked();
  await expect(scopes.getByRole("checkbox", { name: "admin" })).toHaveCount(0);
  await expect(scopes.getByRole("checkbox", { name: "write" })).toHaveAccessibleDescription("Record shortlist decisions. Includes read.");
  // The form has no owner choice: the key is the manager's own.
  await expect(page.getByLabel("Owner")).toHaveCount(0);

  const name = `ATS sync ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Expires after (days)").fill("30");
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toHaveText(KEY_PATTERN);
  const secret = (await shown.textContent()) ?? "";

  const row = keyRow(page, secret);
  await expect(row).toContainText(name);
  await expect(row).toContainText("read");
  await expect(row).not.toContainText("write");
  await expect(row).toContainText("active");
  await expect(row.getByRole("cell").nth(4)).toHaveText("never");

  // Shown once: gone after "I have stored it" and after a reload.
  await page.getByRole("button", { name: "I have stored it" }).click();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  // The key reads; it cannot write, even where the manager's role could (decisions).
  expect(await listJobsStatus(request, secret)).toBe(200);
  const write = await request.post("/api/v1/evaluations/any-evaluation/decisions", {
    headers: bearer(secret),
    data: { decision: "advance" },
  });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.message).toBe("This API key lacks the write scope needed for this request.");

  // Its last use (time and address) shows on the page.
  await page.reload();
  await expect(row.getByRole("cell").nth(4)).toHaveText(new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\s*from ${CLIENT_IP}$`));
  await waitForHydration(page, `[data-testid="api-key-${secret.slice(0, API_KEY_DISPLAY_LENGTH)}"] button`);

  // Rotation issues a replacement, shown once; both keys work until the old one is revoked.
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Rotate" }).click();
  const replacementShown = row.getByTestId("new-api-key");
  await expect(replacementShown).toHaveText(KEY_PATTERN);
  const replacement = (await replacementShown.textContent()) ?? "";
  expect(replacement).not.toBe(secret);
  await row.getByRole("button", { name: "I have stored it" }).click();
  const replacementRow = keyRow(page, replacement);
  await expect(replacementRow).toContainText(name);
  await expect(replacementRow).toContainText("replacement of an earlier key");
  expect(await listJobsStatus(request, secret)).toBe(200);
  expect(await listJobsStatus(request, replacement)).toBe(200);

  let confirmText = "";
  page.once("dialog", (dialog) => {
    confirmText = dialog.message();
    void dialog.accept();
  });
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  expect(confirmText).toBe(`Revoke “${name}” now? Clients using it get 401 at once.`);
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  const revoked = await request.get("/api/v1/jobs", { headers: bearer(secret) });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("UNAUTHENTICATED");
  expect(await listJobsStatus(request, replacement)).toBe(200);
  await expect(replacementRow).toContainText("active");

  await expectAccessible(page);
  await screenshot(page, "account-api-keys");
});

test("[account]: the page lists only the signed-in user's own keys", async ({ page, request, signInAs }) => {
  await signInAs("hiring_manager");
  await page.goto("/account/api-keys");
  await waitForHydration(page, "form");
  const name = `Manager script ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("new-api-key").textContent()) ?? "";
  expect(secret).toMatch(KEY_PATTERN);
  expect(await listJobsStatus(request, secret)).toBe(200);

  // A recruiter sees neither the manager's key nor the admin role's scope.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInAs("recruiter");
  await page.goto("/account/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "My API keys" })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
  await expect(keyRow(page, secret)).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Scopes" }).getByRole("checkbox")).toHaveCount(2);
  await expect(page.getByRole("checkbox", { name: "write" })).toHaveAccessibleDescription(/upload and erase resumes/);
});

test("[admin]: the admin page still creates keys for any user, with that user's scopes; My API keys shows the admin's own only", async ({
  page,
  request,
  signInAs,
}) => {
  await signInAs("admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await waitForHydration(page, "#key-owner");
  const scopes = page.getByRole("group", { name: "Scopes" });
  await expect(scopes.getByRole("checkbox", { name: "admin" })).toBeVisible();
  await page.getByLabel("Owner").selectOption({ label: `${DEMO.hiring_manager.email} (hiring manager)` });
  await expect(scopes.getByRole("checkbox", { name: "admin" })).toHaveCount(0);

  const name = `Issued by admin ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await scopes.getByRole("checkbox", { name: "write" }).check();
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("new-api-key").textContent()) ?? "";
  expect(secret).toMatch(KEY_PATTERN);
  const row = keyRow(page, secret);
  await expect(row).toContainText(DEMO.hiring_manager.email);
  await expect(row).toContainText("read, write");
  expect(await listJobsStatus(request, secret)).toBe(200);
  await expectAccessible(page);

  // The header's "My API keys" is the admin's own list: the manager's key is not there.
  await page.getByRole("link", { name: "My API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My API keys" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Scopes" }).getByRole("checkbox")).toHaveCount(3);
  await expect(keyRow(page, secret)).toHaveCount(0);
});

test("[account]: while an admin-reset password is unchanged, My API keys is locked and its actions refuse", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  // The admin creates a recruiter and resets their password.
  await signInAs("admin");
  const stamp = Date.now();
  const email = `key-gate-${stamp}@example.com`;
  await page.goto("/admin/users");
  await waitForHydration(page, "form");
  await page.getByLabel("Name").fill(`Key Gate ${stamp}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await page.getByLabel("Initial password").fill("initial-password-123");
  await page.getByRole("button", { name: "Create user" }).click();
  const row = page.getByRole("row").filter({ hasText: email });
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Reset password" }).click();
  await expect(row.getByTestId("temporary-password")).toHaveText(/\S{10,}/);
  const temporaryPassword = (await row.getByTestId("temporary-password").textContent()) ?? "";

  const context = await browser.newContext({ baseURL });
  const user = await context.newPage();
  await user.goto("/sign-in");
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill(temporaryPassword);
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user).toHaveURL(/\/account\/password$/);
  await expect(user.getByRole("link", { name: "My API keys" })).toHaveCount(0);
  await user.goto("/account/api-keys");
  await expect(user).toHaveURL(/\/account\/password$/);

  const create = readBuiltActions().get("app/(account)/account/api-keys/actions.ts#createOwnApiKeyAction");
  if (!create || !baseURL) throw new Error("the build has no createOwnApiKeyAction, or no base URL");
  const outcome = await callAction(context.request, baseURL, create, [{ name: "before the change", scopes: ["read"] }]);
  expect(outcome).toMatchObject({ kind: "returned", value: { ok: false, error: { code: "PASSWORD_CHANGE_REQUIRED" } } });
  await context.close();
});
