// The server-action half of the authorization matrix (issue 7): every server
// action of the production build × anonymous, a session of each role, an
// admin's API key, a deactivated admin's session and a demoted admin's session,
// called over HTTP as the browser calls them. Expectations come from
// e2e/server-action-rules.ts; an action without a rule or a rule without an
// action fails the suite.
//
// A caller who may use an action sends input the action rejects and must get
// the validation error (it passed authorization, and nothing changed); a caller
// who may not must get UNAUTHENTICATED (nobody signed in as far as actions are
// concerned) or FORBIDDEN (wrong role).
import { randomBytes } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import type { Role } from "../lib/schemas/auth";
import { DEMO, expect, test } from "./fixtures";
import { type ActionOutcome, type BuiltAction, callAction, readBuiltActions } from "./server-action-client";
import { type ActionAccess, SERVER_ACTION_RULES } from "./server-action-rules";

type PrincipalSpec = {
  label: string;
  /** The role the server must see for this caller; null when it must see nobody signed in. */
  role: Role | null;
  /** Holds a session cookie (valid or not). */
  cookie: boolean;
};

const PRINCIPALS = [
  { label: "anonymous", role: null, cookie: false },
  { label: "admin's API key (Bearer, no cookie)", role: null, cookie: false },
  { label: "deactivated admin's session", role: null, cookie: true },
  { label: "admin", role: "admin", cookie: true },
  { label: "recruiter", role: "recruiter", cookie: true },
  { label: "hiring_manager", role: "hiring_manager", cookie: true },
  { label: "admin demoted to hiring_manager", role: "hiring_manager", cookie: true },
] as const satisfies readonly PrincipalSpec[];
type PrincipalLabel = (typeof PRINCIPALS)[number]["label"];

/** How one action is called in the matrix and how its answer reads. */
type Probe = {
  /** Arguments the action rejects or that leave the system as it was. */
  args: () => unknown[];
  /** What a caller who may use the action gets, as `read` puts it. */
  allowed: string;
  /** The outcome as a short label: the error code of an action result, or what the client would see. */
  read: (outcome: ActionOutcome) => string;
  /** Calling it ends the caller's session: it runs with a copy of the caller's cookies. */
  endsSession?: boolean;
};

function describeOutcome(outcome: ActionOutcome): string {
  switch (outcome.kind) {
    case "returned":
      return `returned ${JSON.stringify(outcome.value)?.slice(0, 300)}`;
    case "redirected":
      return `redirect ${outcome.location}`;
    case "threw":
      return `threw (HTTP ${outcome.status}) ${outcome.message}`;
    case "unrecognized":
      return `unrecognized action (HTTP ${outcome.status})`;
  }
}

/** Actions built with authorizedAction: `null` fails every input schema, so an authorized caller gets VALIDATION_FAILED. */
const INVALID_INPUT: Probe = {
  args: () => [null],
  allowed: "VALIDATION_FAILED",
  read: (outcome) => {
    if (outcome.kind !== "returned") return describeOutcome(outcome);
    const result = outcome.value as { ok?: unknown; error?: { code?: unknown } } | null;
    return result?.ok === false && typeof result.error?.code === "string" ? result.error.code : describeOutcome(outcome);
  },
};

const PROBES: Record<string, Probe> = {
  // The sign-in form's action: a malformed submission comes back as the form's error state.
  "app/(auth)/sign-in/actions.ts#signInAction": {
    args: () => {
      const form = new FormData();
      form.set("email", "not-an-email");
      form.set("password", "whatever");
      return [{ error: null, email: "" }, form];
    },
    allowed: "form error: Enter a valid email address. (email kept: not-an-email)",
    read: (outcome) => {
      if (outcome.kind !== "returned") return describeOutcome(outcome);
      const state = outcome.value as { error?: unknown; email?: unknown } | null;
      return `form error: ${String(state?.error)} (email kept: ${String(state?.email)})`;
    },
  },
  // Signing out is harmless for anyone: it ends the caller's own session and goes to the sign-in page.
  "app/(auth)/sign-in/actions.ts#signOutAction": {
    args: () => [],
    allowed: "redirect /sign-in",
    read: (outcome) =>
      outcome.kind === "redirected" ? `redirect ${new URL(outcome.location, "http://app.invalid").pathname}` : describeOutcome(outcome),
    endsSession: true,
  },
};

function expectedLabel(access: ActionAccess, role: Role | null, probe: Probe): string {
  if (access === "public") return probe.allowed;
  if (role === null) return "UNAUTHENTICATED";
  if (access === "signed-in" || access.includes(role)) return probe.allowed;
  return "FORBIDDEN";
}

type Caller = {
  request: APIRequestContext;
  /** Whether the caller holds a session cookie. */
  hasSession: () => Promise<boolean>;
  close: () => Promise<void>;
};
type Principal = Caller & {
  /** The same credentials in a context of their own (signing out there leaves this one signed in). */
  fork: () => Promise<Caller>;
};

const RULE_KEYS = Object.keys(SERVER_ACTION_RULES);
const MATRIX_SIZE = RULE_KEYS.length * PRINCIPALS.length;

const baseURL = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run through playwright (e2e/global-setup.ts starts the server)");
  return url;
};

const isSessionCookie = (name: string) => name.endsWith("authjs.session-token");

function browserPrincipal(browser: Browser, context: BrowserContext): Principal {
  const caller = (ctx: BrowserContext): Caller => ({
    request: ctx.request,
    hasSession: async () => (await ctx.cookies()).some((cookie) => isSessionCookie(cookie.name)),
    close: () => ctx.close(),
  });
  return {
    ...caller(context),
    fork: async () => caller(await browser.newContext({ baseURL: baseURL(), storageState: await context.storageState() })),
  };
}

function requestPrincipal(create: () => Promise<APIRequestContext>, request: APIRequestContext): Principal {
  const caller = (ctx: APIRequestContext): Caller => ({ request: ctx, hasSession: async () => false, close: () => ctx.dispose() });
  return { ...caller(request), fork: async () => caller(await create()) };
}

/** Signs in through the sign-in form, as a person would. */
async function signIn(browser: Browser, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseURL() });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  expect(
    (await context.cookies()).some((cookie) => isSessionCookie(cookie.name)),
    `session cookie for ${email}`,
  ).toBe(true);
  await page.close();
  return context;
}

test.describe(`server action authorization matrix: ${RULE_KEYS.length} actions × ${PRINCIPALS.length} principals = ${MATRIX_SIZE} cases`, () => {
  let actions: Map<string, BuiltAction>;
  const principals = new Map<PrincipalLabel, Principal>();

  const action = (key: string): BuiltAction => {
    const found = actions.get(key);
    if (!found) throw new Error(`${key} has a rule in e2e/server-action-rules.ts but the build has no such server action`);
    return found;
  };
  /** An action result that must be ok: setup goes through the real admin actions. */
  const perform = async (caller: Caller, key: string, input: unknown): Promise<unknown> => {
    const outcome = await callAction(caller.request, baseURL(), action(key), [input]);
    const result = outcome.kind === "returned" ? (outcome.value as { ok?: boolean; data?: unknown }) : null;
    expect(result?.ok, `${key}: ${describeOutcome(outcome)}`).toBe(true);
    return result?.data;
  };
  const probeLabel = async (caller: Caller, key: string): Promise<string> => {
    const probe = PROBES[key] ?? INVALID_INPUT;
    return probe.read(await callAction(caller.request, baseURL(), action(key), probe.args()));
  };

  test.beforeAll(async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    actions = readBuiltActions();
    const anonymous = () => playwright.request.newContext({ baseURL: baseURL() });
    principals.set("anonymous", requestPrincipal(anonymous, await anonymous()));

    for (const role of ["admin", "recruiter", "hiring_manager"] as const) {
      principals.set(role, browserPrincipal(browser, await signIn(browser, DEMO[role].email, DEMO[role].password)));
    }
    const admin = principals.get("admin");
    if (!admin) throw new Error("the admin principal is missing");

    // An admin's API key, which works on the public API; server actions must not accept it.
    const created = await admin.request.post("/api/v1/api-keys", {
      data: { name: `authz matrix ${randomBytes(3).toString("hex")}`, scopes: ["admin"], expiresInDays: 1 },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { secret } = (await created.json()) as { secret: string };
    const withKey = () => playwright.request.newContext({ baseURL: baseURL(), extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
    const keyRequest = await withKey();
    expect((await keyRequest.get("/api/v1/api-keys")).status(), "the key works on /api/v1").toBe(200);
    principals.set("admin's API key (Bearer, no cookie)", requestPrincipal(withKey, keyRequest));

    // Two more admins, each signed in and able to use admin actions, then one deactivated and one demoted.
    const probeKey = "app/(admin)/admin/users/actions.ts#setUserActiveAction";
    const extraAdmin = async (label: string): Promise<{ id: string; principal: Principal }> => {
      const suffix = randomBytes(4).toString("hex");
      const email = `authz-${label}-${suffix}@example.com`;
      const password = `authz-matrix-${suffix}`;
      const user = (await perform(admin, "app/(admin)/admin/users/actions.ts#createUserAction", {
        name: `Authz ${label}`,
        email,
        role: "admin",
        password,
      })) as { id: string };
      const principal = browserPrincipal(browser, await signIn(browser, email, password));
      expect(await probeLabel(principal, probeKey), `${label} admin before the change`).toBe("VALIDATION_FAILED");
      return { id: user.id, principal };
    };
    const deactivated = await extraAdmin("deactivated");
    await perform(admin, "app/(admin)/admin/users/actions.ts#setUserActiveAction", { userId: deactivated.id, active: false });
    principals.set("deactivated admin's session", deactivated.principal);
    const demoted = await extraAdmin("demoted");
    await perform(admin, "app/(admin)/admin/users/actions.ts#changeUserRoleAction", { userId: demoted.id, role: "hiring_manager" });
    principals.set("admin demoted to hiring_manager", demoted.principal);
  });

  test.afterAll(async () => {
    for (const principal of principals.values()) await principal.close();
  });

  test("every server action of the build has a rule, and every rule names an action of the build", () => {
    const built = [...actions.keys()].sort();
    expect
      .soft(
        built.filter((key) => !(key in SERVER_ACTION_RULES)),
        "server actions without a rule in e2e/server-action-rules.ts",
      )
      .toEqual([]);
    expect
      .soft(
        RULE_KEYS.filter((key) => !actions.has(key)),
        "rules in e2e/server-action-rules.ts for actions the build does not have",
      )
      .toEqual([]);
  });

  // Actions that end the caller's session run last.
  const ordered = [...RULE_KEYS].sort((a, b) => Number(PROBES[a]?.endsSession ?? false) - Number(PROBES[b]?.endsSession ?? false));
  for (const key of ordered) {
    const access = SERVER_ACTION_RULES[key] as ActionAccess;
    for (const spec of PRINCIPALS) {
      const probe = PROBES[key] ?? INVALID_INPUT;
      const want = expectedLabel(access, spec.role, probe);
      test(`${key} as ${spec.label} → ${want}`, async () => {
        const principal = principals.get(spec.label);
        if (!principal) throw new Error(`principal ${spec.label} was not set up`);
        if (!probe.endsSession) {
          expect(await probeLabel(principal, key)).toBe(want);
          return;
        }
        const copy = await principal.fork();
        try {
          expect(await copy.hasSession(), "the copy holds the caller's session cookie").toBe(spec.cookie);
          expect(await probeLabel(copy, key)).toBe(want);
          expect(await copy.hasSession(), "no session cookie afterwards").toBe(false);
        } finally {
          await copy.close();
        }
      });
    }
  }
});
