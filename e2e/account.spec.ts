import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

type Person = { name: string; email: string; password: string };

/** A fresh recruiter created through the admin's users page (the demo accounts keep their passwords). */
async function createRecruiter(adminPage: Page, label: string): Promise<Person> {
  const stamp = Date.now();
  const person = {
    name: `${label} ${stamp}`,
    email: `${label.toLowerCase().replace(/\W+/g, "-")}-${stamp}@example.com`,
    password: "initial-password-123",
  };
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Name").fill(person.name);
  await adminPage.getByLabel("Email").fill(person.email);
  await adminPage.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await adminPage.getByLabel("Initial password").fill(person.password);
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await expect(adminPage.getByText(`${person.name} can now sign in as Recruiter.`)).toBeVisible();
  return person;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test("[account]: an admin resets a password; the user must replace the temporary one and old sessions end", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  await signInAs("admin");
  const person = await createRecruiter(page, "Reset Person");

  // A session of the user from before the reset, in another browser.
  const oldSession = await newPage(browser, baseURL);
  await signIn(oldSession, person.email, person.password);
  await expect(oldSession.getByTestId("current-user")).toContainText(person.name);

  // The admin resets the password and sees the temporary one once.
  const row = page.getByRole("row").filter({ hasText: person.email });
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Reset password" }).click();
  const shown = row.getByTestId("temporary-password");
  await expect(shown).toHaveText(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  const temporaryPassword = (await shown.textContent()) ?? "";
  await row.getByRole("button", { name: "I have stored it" }).click();
  await expect(row.getByTestId("temporary-password")).toHaveCount(0);

  // The old session is signed out on its next navigation; the old password no longer works.
  await oldSession.goto("/jobs");
  await expect(oldSession).toHaveURL(/\/sign-in/);
  await signIn(oldSession, person.email, person.password);
  await expect(oldSession.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password. Check both and try again.");

  // Signing in with the temporary password leads only to the password change.
  const user = await newPage(browser, baseURL);
  await signIn(user, person.email, temporaryPassword);
  await expect(user).toHaveURL(/\/account\/password$/);
  await expect(user.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();
  await expect(user.getByText("An admin reset your password.")).toBeVisible();
  await expect(user.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await user.goto("/jobs");
  await expect(user).toHaveURL(/\/account\/password$/);
  // The session's API requests are refused with a message saying what to do.
  const api = await user.request.get("/api/v1/jobs");
  expect(api.status()).toBe(403);
  expect((await api.json()).error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
  await expectAccessible(user);
  await screenshot(user, "account-forced-password-change");

  // A wrong temporary password is refused clearly; the right one with a new password lets the user in.
  await user.getByLabel("Temporary password").fill("not-the-temporary-one");
  await user.getByLabel("New password", { exact: true }).fill("my-own-new-password");
  await user.getByLabel("Confirm new password").fill("my-own-new-password");
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user.getByRole("main").getByRole("alert")).toHaveText("Your current password is not correct. Check it and try again.");
  await user.getByLabel("Temporary password").fill(temporaryPassword);
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user).toHaveURL(/\/jobs$/);
  await expect(user.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  await expect(user.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Upload" })).toBeVisible();
  await user.reload();
  await expect(user.getByTestId("current-user")).toContainText(person.name);

  // The temporary password is spent.
  await signIn(oldSession, person.email, temporaryPassword);
  await expect(oldSession.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password. Check both and try again.");
  await signIn(oldSession, person.email, "my-own-new-password");
  await expect(oldSession.getByTestId("current-user")).toContainText(person.name);
});

test("[account]: a user changes their own password from the header and stays signed in; their other sessions end", async ({
  page,
  browser,
  baseURL,
  signInAs,
}) => {
  await signInAs("admin");
  const person = await createRecruiter(page, "Change Person");
  const other = await newPage(browser, baseURL);
  await signIn(other, person.email, person.password);
  await expect(other.getByTestId("current-user")).toContainText(person.name);

  const user = await newPage(browser, baseURL);
  await signIn(user, person.email, person.password);
  await user.getByRole("link", { name: "Change password" }).click();
  await expect(user.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();
  await user.getByLabel("Current password").fill(person.password);
  await user.getByLabel("New password", { exact: true }).fill("a-better-password-456");
  await user.getByLabel("Confirm new password").fill("a-better-password-789");
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user.getByRole("main").getByRole("alert")).toHaveText(
    "The confirmation does not match the new password. Type the same password twice.",
  );
  await expectAccessible(user);

  await user.getByLabel("Confirm new password").fill("a-better-password-456");
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user.getByRole("main").getByRole("status")).toHaveText(
    "Password changed. Your other signed-in browsers have been signed out.",
  );
  await user.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await expect(user.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();

  await other.goto("/jobs");
  await expect(other).toHaveURL(/\/sign-in/);
});
