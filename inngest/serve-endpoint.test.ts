import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

type Handler = (request: Request, context: unknown) => Promise<Response>;
let route: { GET: Handler; PUT: Handler };

beforeAll(async () => {
  // Dev mode is read by the SDK when the client is created, i.e. at import.
  vi.stubEnv("INNGEST_DEV", "1");
  route = (await import("@/app/api/inngest/route")) as unknown as { GET: Handler; PUT: Handler };
}, 60_000);
afterAll(() => {
  vi.unstubAllEnvs();
});

const context = { params: Promise.resolve({}) };

describe("[inngest]: serve endpoint", () => {
  it("GET introspects in dev mode with every function counted (onFailure is its own function)", async () => {
    const response = await route.GET(new Request("http://localhost:3000/api/inngest"), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mode: "dev", function_count: 6 });
  });

  it("an in-band sync lists each function with its triggers", async () => {
    const response = await route.PUT(
      new Request("http://localhost:3000/api/inngest", {
        method: "PUT",
        headers: { "x-inngest-sync-kind": "in_band", "content-type": "application/json" },
        body: JSON.stringify({ url: "http://localhost:3000/api/inngest" }),
      }),
      context,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { functions: { id: string; triggers: Record<string, string>[] }[] };
    const byId = Object.fromEntries(body.functions.map((fn) => [fn.id, fn.triggers]));
    expect(byId["resume-checker-evaluate-resume"]).toEqual([{ event: "resume/uploaded" }, { event: "evaluation/requested" }]);
    expect(byId["resume-checker-rescore-job"]).toEqual([{ event: "job/requirements.updated" }]);
    expect(byId["resume-checker-requeue-failed"]).toEqual([{ event: "evaluation/retry.requested" }]);
    expect(byId["resume-checker-cleanup-files"]).toEqual([{ cron: "TZ=UTC 30 3 * * *" }]);
    expect(byId["resume-checker-sweep-queued"]).toEqual([{ cron: "TZ=UTC */5 * * * *" }]);
    expect(byId["resume-checker-evaluate-resume-failure"]?.[0]).toMatchObject({ event: "inngest/function.failed" });
  });
});
