// The authorization matrix: every /api/v1 route × anonymous, a session of each
// role, and an API key of each role × scope. Expectations come from the route
// registry; a route file without a registry entry, an entry without a handler,
// an entry without a sample request here, or a route file under app/api outside
// /api/v1 that is not one of the infrastructure endpoints below fails the suite.
import { beforeAll, describe, expect, it } from "vitest";
import { API_ROUTE_LIST, type ApiRoute } from "@/lib/schemas/api-v1-routes";
import type { Role } from "@/lib/schemas/auth";
import type { ApiKeyScope } from "@/lib/schemas/api-keys";
import {
  type CallOptions,
  call,
  completeEvaluation,
  createKey,
  createUser,
  type Handler,
  type RouteModule,
  sessionCookie,
} from "./api-test-kit";

const modules = import.meta.glob<RouteModule>("/app/api/v1/**/route.ts");
const allRouteFiles = Object.keys(import.meta.glob("/app/api/**/route.ts"));

/**
 * The only HTTP endpoints outside /api/v1, none of them for the app's pages
 * (those call server actions or /api/v1), each with its own authentication.
 */
const INFRASTRUCTURE_ROUTES: Record<string, string> = {
  "/app/api/auth/[...nextauth]/route.ts": "Auth.js sign-in and session endpoints (credential sign-ins rate limited per IP)",
  "/app/api/health/route.ts": "health check for load balancers: public, reveals no data",
  "/app/api/metrics/route.ts": "Prometheus scrape: METRICS_TOKEN, an admin session or an admin key",
  "/app/api/inngest/route.ts": "the Inngest server's calls, verified with INNGEST_SIGNING_KEY by the Inngest SDK",
};

function filePathToRoute(file: string): string {
  return file
    .replace(/^\/app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type Principal =
  | { label: string; kind: "anonymous" }
  | { label: string; kind: "session"; role: Role }
  | { label: string; kind: "key"; role: Role; scope: ApiKeyScope };

const PRINCIPALS: Principal[] = [
  { label: "anonymous", kind: "anonymous" },
  { label: "session admin", kind: "session", role: "admin" },
  { label: "session recruiter", kind: "session", role: "recruiter" },
  { label: "session hiring_manager", kind: "session", role: "hiring_manager" },
  { label: "key admin/read", kind: "key", role: "admin", scope: "read" },
  { label: "key admin/write", kind: "key", role: "admin", scope: "write" },
  { label: "key admin/admin", kind: "key", role: "admin", scope: "admin" },
  { label: "key recruiter/read", kind: "key", role: "recruiter", scope: "read" },
  { label: "key recruiter/write", kind: "key", role: "recruiter", scope: "write" },
  { label: "key hiring_manager/read", kind: "key", role: "hiring_manager", scope: "read" },
  { label: "key hiring_manager/write", kind: "key", role: "hiring_manager", scope: "write" },
];

/** What a key's scope grants, written out here independently of the implementation. */
const GRANTS: Record<ApiKeyScope, ApiKeyScope[]> = { read: ["read"], write: ["read", "write"], admin: ["read", "write", "admin"] };

function expected(route: ApiRoute, principal: Principal): "allowed" | 401 | 403 {
  const access = route.access;
  if (access.kind === "public") return "allowed";
  if (principal.kind === "anonymous") return 401;
  if (!access.roles.includes(principal.role)) return 403;
  if (principal.kind === "key" && !access.scopes.every((scope) => GRANTS[principal.scope].includes(scope))) return 403;
  return "allowed";
}

type Fixture = { jobId: string; resumeId: string; evaluationId: string };

const JD = "Senior Data Engineer\nRequirements:\n- 5+ years with Python and SQL\n- Apache Spark and Airflow\nNice to have: Kafka";

function uploadForm(name: string, text: string): FormData {
  const form = new FormData();
  form.append("files", new File([text], name, { type: "text/plain" }));
  return form;
}

/** One representative request per operation; ids of destructive operations point at nothing, so the fixture survives. */
const SAMPLE: Record<string, (f: Fixture, n: number) => Omit<CallOptions, "method" | "path">> = {
  listJobs: () => ({ query: { limit: "5" } }),
  createJob: () => ({ json: { title: "Matrix job", text: JD } }),
  getJob: (f) => ({ params: { jobId: f.jobId } }),
  updateJob: (f) => ({ params: { jobId: f.jobId }, json: { title: "Matrix job (renamed)" } }),
  uploadResumes: (f, n) => ({
    params: { jobId: f.jobId },
    body: uploadForm(
      `matrix-${n}.txt`,
      `Matrix Candidate ${n}\nmatrix${n}@example.com\n\nExperience\nData Engineer, Example ${n}\n2019 - Present\n- Python, SQL, Spark\n`,
    ),
  }),
  listShortlist: (f) => ({ params: { jobId: f.jobId }, query: { minScore: "10" } }),
  listJobProgress: (f) => ({ params: { jobId: f.jobId } }),
  getResume: (f) => ({ params: { resumeId: f.resumeId } }),
  eraseResume: () => ({ params: { resumeId: "doesnotexist" } }),
  exportCandidate: (f) => ({ params: { resumeId: f.resumeId } }),
  getResumeFile: (f) => ({ params: { resumeId: f.resumeId } }),
  getJobCounts: (f) => ({ params: { jobId: f.jobId } }),
  retryJobFailures: (f) => ({ params: { jobId: f.jobId } }),
  getEvaluation: (f) => ({ params: { evaluationId: f.evaluationId } }),
  retryEvaluation: (f) => ({ params: { evaluationId: f.evaluationId } }),
  getCandidateFeedback: (f) => ({ params: { evaluationId: f.evaluationId } }),
  listDecisions: (f) => ({ params: { evaluationId: f.evaluationId } }),
  createDecision: (f) => ({ params: { evaluationId: f.evaluationId }, json: { decision: "hold", note: "matrix" } }),
  listApiKeys: () => ({}),
  createApiKey: () => ({ json: { name: "matrix key", scopes: ["read"], expiresInDays: 1 } }),
  revokeApiKey: () => ({ params: { keyId: "doesnotexist" } }),
  rotateApiKey: () => ({ params: { keyId: "doesnotexist" } }),
  listAuditLog: () => ({ query: { action: "api_key." } }),
  getOpenApiDocument: () => ({}),
};

function toUrlPath(route: ApiRoute, params: Record<string, string> | undefined): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ""));
}

const handlers = new Map<string, Handler>();
const credentials = new Map<string, Record<string, string>>();
let fixture: Fixture;

beforeAll(async () => {
  for (const [file, load] of Object.entries(modules)) {
    const mod = await load();
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (handler) handlers.set(`${method} ${filePathToRoute(file)}`, handler);
    }
  }
  let index = 0;
  for (const principal of PRINCIPALS) {
    index++;
    const headers: Record<string, string> = { "x-resume-checker-peer": `10.20.${index}.1` };
    if (principal.kind === "session") headers.cookie = await sessionCookie(await createUser(principal.role));
    if (principal.kind === "key")
      headers.authorization = `Bearer ${(await createKey(await createUser(principal.role), [principal.scope])).secret}`;
    credentials.set(principal.label, headers);
  }
  // The fixture is created through the API itself, with an admin key.
  const admin = {
    authorization: `Bearer ${(await createKey(await createUser("admin"), ["admin"])).secret}`,
    "x-resume-checker-peer": "10.20.0.1",
  };
  const createJob = handlers.get("POST /api/v1/jobs");
  const upload = handlers.get("POST /api/v1/jobs/{jobId}/resumes");
  if (!createJob || !upload) throw new Error("job routes are missing");
  const jobResponse = await call(createJob, {
    method: "POST",
    path: "/api/v1/jobs",
    headers: admin,
    json: { title: "Fixture job", text: JD },
  });
  expect(jobResponse.status).toBe(201);
  const jobId = ((await jobResponse.json()) as { job: { id: string } }).job.id;
  const uploadResponse = await call(upload, {
    method: "POST",
    path: `/api/v1/jobs/${jobId}/resumes`,
    params: { jobId },
    headers: admin,
    body: uploadForm(
      "fixture.txt",
      "Fixture Person\nfixture@example.com\n\nExperience\nData Engineer, Acme\n2018 - Present\n- Python, SQL\n",
    ),
  });
  expect(uploadResponse.status).toBe(201);
  const uploaded = (await uploadResponse.json()) as { files: { status: string; resumeId: string; evaluationId: string }[] };
  const first = uploaded.files[0];
  if (first?.status !== "queued") throw new Error(`fixture upload was not queued: ${JSON.stringify(uploaded)}`);
  await completeEvaluation(first.evaluationId, 72);
  fixture = { jobId, resumeId: first.resumeId, evaluationId: first.evaluationId };
});

describe("API v1 authorization matrix", () => {
  it("every route file has a registry entry, every entry a handler and a sample request", () => {
    const registered = new Set(API_ROUTE_LIST.map((route) => `${route.method} ${route.path}`));
    expect(
      [...handlers.keys()].filter((key) => !registered.has(key)),
      "handlers without a registry entry",
    ).toEqual([]);
    expect(
      [...registered].filter((key) => !handlers.has(key)),
      "registry entries without a handler",
    ).toEqual([]);
    expect(
      API_ROUTE_LIST.filter((route) => !SAMPLE[route.operationId]).map((route) => route.operationId),
      "routes without a sample request",
    ).toEqual([]);
    expect(API_ROUTE_LIST.length).toBeGreaterThanOrEqual(23);
  });

  it("app/api has one HTTP surface: every route file outside /api/v1 is a named infrastructure endpoint", () => {
    expect(allRouteFiles.filter((file) => !file.startsWith("/app/api/v1/") && !INFRASTRUCTURE_ROUTES[file])).toEqual([]);
    expect(
      Object.keys(INFRASTRUCTURE_ROUTES).filter((file) => !allRouteFiles.includes(file)),
      "listed but gone",
    ).toEqual([]);
  });

  const cases = API_ROUTE_LIST.flatMap((route) =>
    PRINCIPALS.map((principal) => ({ route, principal, name: `${route.method} ${route.path} as ${principal.label}` })),
  );
  let counter = 0;

  it.each(cases)("$name", async ({ route, principal }) => {
    const handler = handlers.get(`${route.method} ${route.path}`);
    const sample = SAMPLE[route.operationId];
    if (!handler || !sample) throw new Error(`no handler or sample for ${route.operationId}`);
    const options = sample(fixture, counter++);
    const response = await call(handler, {
      method: route.method,
      path: toUrlPath(route, options.params),
      ...options,
      headers: { ...credentials.get(principal.label), ...options.headers },
    });
    const want = expected(route, principal);
    const body = await response.text();
    if (want === "allowed") {
      expect(response.status, body).not.toBe(401);
      expect(response.status, body).not.toBe(403);
      expect(response.status, body).toBeLessThan(500);
    } else {
      expect(response.status, body).toBe(want);
      const parsed = JSON.parse(body) as { error: { code: string; message: string; requestId: string } };
      expect(parsed.error.code).toBe(want === 401 ? "UNAUTHENTICATED" : "FORBIDDEN");
      expect(parsed.error.requestId).toBe(response.headers.get("x-request-id"));
    }
  });

  it("reports the matrix size", () => {
    // 20+ routes × 11 principals; printed for the report.
    console.info(`authorization matrix: ${API_ROUTE_LIST.length} routes × ${PRINCIPALS.length} principals = ${cases.length} cases`);
    expect(cases.length).toBe(API_ROUTE_LIST.length * PRINCIPALS.length);
  });
});

// Policy written out independently of the registry: the matrix above checks that
// handlers enforce the registry; these check that the registry says what we mean.
describe("access policy invariants", () => {
  const authed = API_ROUTE_LIST.filter((route) => route.access.kind === "authenticated");
  const accessOf = (route: ApiRoute) => (route.access.kind === "authenticated" ? route.access : { roles: [], scopes: [] });

  it("only the OpenAPI document is public", () => {
    expect(API_ROUTE_LIST.filter((route) => route.access.kind === "public").map((route) => route.operationId)).toEqual([
      "getOpenApiDocument",
    ]);
  });

  it("no state-changing route is reachable with a read-only key", () => {
    for (const route of authed.filter((r) => r.method !== "GET")) expect(accessOf(route).scopes, route.operationId).not.toEqual(["read"]);
  });

  it("hiring managers change nothing but decisions and their own keys", () => {
    const writable = authed.filter(
      (route) => route.method !== "GET" && (accessOf(route).roles as readonly Role[]).includes("hiring_manager"),
    );
    expect(writable.map((route) => route.operationId).sort()).toEqual(["createApiKey", "createDecision", "revokeApiKey", "rotateApiKey"]);
  });

  it("erasure and export are for recruiters and admins; key management and the audit log need the admin scope", () => {
    for (const id of ["eraseResume", "exportCandidate"])
      expect([...accessOf(API_ROUTE_LIST.find((r) => r.operationId === id) as ApiRoute).roles].sort()).toEqual(["admin", "recruiter"]);
    for (const route of API_ROUTE_LIST.filter((r) => r.path.startsWith("/api/v1/api-keys") || r.path === "/api/v1/audit-log"))
      expect(accessOf(route).scopes).toEqual(["admin"]);
    expect(accessOf(API_ROUTE_LIST.find((r) => r.operationId === "listAuditLog") as ApiRoute).roles).toEqual(["admin"]);
  });
});

describe("cookie sessions and CSRF", () => {
  it("refuses a cross-site state-changing request with a session cookie, allows same-origin and API keys", async () => {
    const handler = handlers.get("POST /api/v1/evaluations/{evaluationId}/decisions");
    if (!handler) throw new Error("missing handler");
    const path = `/api/v1/evaluations/${fixture.evaluationId}/decisions`;
    const session = credentials.get("session recruiter") ?? {};
    const key = credentials.get("key recruiter/write") ?? {};
    const base = { method: "POST", path, params: { evaluationId: fixture.evaluationId }, json: { decision: "shortlist" } };
    const crossSite = await call(handler, { ...base, headers: { ...session, origin: "https://evil.example", host: "localhost:3000" } });
    expect(crossSite.status).toBe(403);
    const sameSite = await call(handler, { ...base, headers: { ...session, origin: "http://localhost:3000", host: "localhost:3000" } });
    expect(sameSite.status).toBe(201);
    const withKey = await call(handler, { ...base, headers: { ...key, origin: "https://evil.example", host: "localhost:3000" } });
    expect(withKey.status).toBe(201);
  });

  it("rejects a tampered or foreign-secret session cookie with 401", async () => {
    const handler = handlers.get("GET /api/v1/jobs");
    if (!handler) throw new Error("missing handler");
    const cookie = credentials.get("session admin")?.cookie ?? "";
    const tampered = `${cookie.slice(0, -4)}AAAA`;
    const response = await call(handler, { method: "GET", path: "/api/v1/jobs", headers: { cookie: tampered } });
    expect(response.status).toBe(401);
  });
});
