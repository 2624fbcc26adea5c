// Injection probes on every text filter and path id of the GET routes in the
// registry (found from the zod schemas, so a new filter is probed without
// editing this file): SQL metacharacters, 10k-character strings, Unicode,
// NUL and control characters get normal results or 400 — never a 500 — and
// the database is intact afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { API_ROUTE_LIST, type ApiRoute } from "@/lib/schemas/api-v1-routes";
import { POST as createJob } from "@/app/api/v1/jobs/route";
import { POST as upload } from "@/app/api/v1/jobs/[jobId]/resumes/route";
import { call, completeEvaluation, createKey, createUser, type Handler, type RouteModule } from "./api-test-kit";

const modules = import.meta.glob<RouteModule>("/app/api/v1/**/route.ts");

const PROBES: Record<string, string> = {
  "quote or": "' OR '1'='1",
  "drop table": "'; DROP TABLE users; --",
  "double quote": '" OR ""="',
  "like wildcards": "%_%",
  backslash: "\\",
  comment: "x' --",
  pg_sleep: "1; SELECT pg_sleep(5)",
  "positional param": "$1",
  json: '{"$ne":null}',
  "10k chars": "a".repeat(10_000),
  unicode: "Zoë Ñandú 中文 محمد 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀",
  "rtl override": "\u202Egnp.exe",
  combining: "e\u0301\u0301\u0301",
  NUL: "a\u0000b",
  "control chars": "a\u0001\u001b[31mb",
  cast: "1::text",
};

function stringParams(schema: z.ZodObject | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { type?: string; enum?: unknown[] }>;
  };
  return Object.entries(json.properties ?? {})
    .filter(([, property]) => property.type === "string" && !property.enum)
    .map(([name]) => name);
}

type Target = { route: ApiRoute; location: "query" | "path"; name: string };

const targets: Target[] = API_ROUTE_LIST.filter((route) => route.method === "GET").flatMap((route) => [
  ...stringParams(route.query).map((name) => ({ route, location: "query" as const, name })),
  ...stringParams(route.params).map((name) => ({ route, location: "path" as const, name })),
]);

const handlers = new Map<string, Handler>();
/** Every exported handler, keyed "METHOD /path". */
const routeHandlers = new Map<string, Handler>();
let headers: Record<string, string>;
let ids: Record<string, string>;
let usersBefore: number;

beforeAll(async () => {
  for (const [file, load] of Object.entries(modules)) {
    const mod = await load();
    const path = file
      .replace(/^\/app/, "")
      .replace(/\/route\.ts$/, "")
      .replace(/\[(\w+)\]/g, "{$1}");
    if (mod.GET) handlers.set(path, mod.GET);
    for (const [method, handler] of Object.entries(mod)) if (handler) routeHandlers.set(`${method} ${path}`, handler);
  }
  const admin = await createUser("admin");
  headers = { authorization: `Bearer ${(await createKey(admin, ["admin"])).secret}`, "x-resume-checker-peer": "10.40.0.1" };
  const job = await call(createJob, {
    method: "POST",
    path: "/api/v1/jobs",
    headers,
    json: { text: "Data Analyst\nRequirements:\n- SQL and Python\n- 2+ years of Tableau" },
  });
  const jobId = ((await job.json()) as { job: { id: string } }).job.id;
  const form = new FormData();
  form.append(
    "files",
    new File(
      ["Probe Person\nprobe@example.com\n\nSkills: SQL, Python, Tableau\n\nExperience\nAnalyst, Acme\n2020 - Present\n"],
      "probe.txt",
    ),
  );
  const uploaded = (await (
    await call(upload, { method: "POST", path: `/api/v1/jobs/${jobId}/resumes`, params: { jobId }, headers, body: form })
  ).json()) as { files: { resumeId: string; evaluationId: string }[] };
  const first = uploaded.files[0];
  if (!first) throw new Error("upload failed");
  await completeEvaluation(first.evaluationId, 64);
  ids = { jobId, resumeId: first.resumeId, evaluationId: first.evaluationId, keyId: "none" };
  usersBefore = await getDb().user.count();
});

describe("injection probes", () => {
  it("finds the text filters to probe", () => {
    const names = targets.filter((target) => target.location === "query").map((target) => `${target.route.operationId}.${target.name}`);
    for (const expected of [
      "listJobs.q",
      "listShortlist.q",
      "listShortlist.hasSkill",
      "listShortlist.missingSkill",
      "listAuditLog.action",
      "listAuditLog.actor",
    ])
      expect(names).toContain(expected);
    console.info(
      `injection probes: ${targets.length} parameters × ${Object.keys(PROBES).length} probes = ${targets.length * Object.keys(PROBES).length} requests`,
    );
  });

  const cases = targets.flatMap((target) =>
    Object.entries(PROBES).map(([probe, value]) => ({
      ...target,
      probe,
      value,
      label: `${target.route.operationId} ${target.location} ${target.name}: ${probe}`,
    })),
  );

  it.each(cases)("$label", async ({ route, location, name, value }) => {
    const handler = handlers.get(route.path);
    if (!handler) throw new Error(`no GET handler for ${route.path}`);
    const params: Record<string, string> = {};
    for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
      const param = match[1] ?? "";
      params[param] = ids[param] ?? "x";
    }
    if (location === "path") params[name] = value;
    const path = route.path.replace(/\{(\w+)\}/g, (_, param: string) => encodeURIComponent(params[param] ?? ""));
    const response = await call(handler, { method: "GET", path, params, query: location === "query" ? { [name]: value } : {}, headers });
    const text = await response.text();
    expect([200, 400, 404], text.slice(0, 300)).toContain(response.status);
    const body = JSON.parse(text) as Record<string, unknown>;
    if (response.status !== 200) expect((body.error as { code: string }).code).toMatch(/^(VALIDATION_FAILED|BAD_REQUEST|NOT_FOUND)$/);
    // Never an echo of the database's own error text.
    expect(text).not.toMatch(/syntax error|invalid byte sequence|Prisma|postgres/i);
  });

  it("numeric filters with hostile values are 400s", async () => {
    const handler = handlers.get("/api/v1/jobs/{jobId}/evaluations");
    if (!handler) throw new Error("missing handler");
    for (const [name, value] of [
      ["minScore", "1e309"],
      ["minScore", "NaN"],
      ["minScore", "-1"],
      ["minYears", "' OR 1=1"],
      ["limit", "100000"],
      ["verdict", "high' --"],
      ["cursor", "!!"],
    ] as const) {
      const response = await call(handler, {
        method: "GET",
        path: `/api/v1/jobs/${ids.jobId}/evaluations`,
        params: { jobId: ids.jobId ?? "" },
        query: { [name]: value },
        headers,
      });
      expect(response.status, `${name}=${value}`).toBe(400);
    }
  });

  it("the shortlist still answers normally after the probes, and no table was touched", async () => {
    const handler = handlers.get("/api/v1/jobs/{jobId}/evaluations");
    if (!handler) throw new Error("missing handler");
    const response = await call(handler, {
      method: "GET",
      path: `/api/v1/jobs/${ids.jobId}/evaluations`,
      params: { jobId: ids.jobId ?? "" },
      query: { q: "probe" },
      headers,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { evaluationId: string }[] };
    expect(body.items.map((item) => item.evaluationId)).toEqual([ids.evaluationId]);
    expect(await getDb().user.count()).toBe(usersBefore);
  });
});

describe("invalid text in bodies and ids of the routes that change data", () => {
  const INVALID: Record<string, string> = { NUL: "Data\u0000Analyst", "lone surrogate": "Data\ud800Analyst" };

  async function expectBadRequest(response: Response, field: string) {
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain(`"${field}"`);
  }

  it.each(Object.entries(INVALID))(
    "%s in a job's title, text or location, or in an API key's name, is a 400 naming the field",
    async (_, bad) => {
      const text = "Data Analyst\nRequirements:\n- SQL and Python";
      for (const [field, json] of [
        ["title", { title: bad, text }],
        ["text", { title: "Analyst", text: `${text}\n${bad}` }],
        ["location", { title: "Analyst", text, location: bad }],
      ] as const)
        await expectBadRequest(await call(createJob, { method: "POST", path: "/api/v1/jobs", headers, json }), field);
      const createKeyRoute = routeHandlers.get("POST /api/v1/api-keys");
      if (!createKeyRoute) throw new Error("POST /api/v1/api-keys not found");
      await expectBadRequest(
        await call(createKeyRoute, { method: "POST", path: "/api/v1/api-keys", headers, json: { name: bad, scopes: ["read"] } }),
        "name",
      );
    },
  );

  it.each(Object.entries(INVALID))("%s in the path id of a DELETE or POST is a 400", async (_, bad) => {
    for (const [key, param] of [
      ["DELETE /api/v1/resumes/{resumeId}", "resumeId"],
      ["POST /api/v1/evaluations/{evaluationId}/retry", "evaluationId"],
      ["DELETE /api/v1/api-keys/{keyId}", "keyId"],
    ] as const) {
      const handler = routeHandlers.get(key);
      if (!handler) throw new Error(`${key} not found`);
      const [method, path] = key.split(" ") as [string, string];
      await expectBadRequest(
        await call(handler, { method, path: path.replace(`{${param}}`, "x"), params: { [param]: bad }, headers }),
        param,
      );
    }
  });
});
