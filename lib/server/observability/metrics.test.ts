import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diskUsage } from "@/lib/server/ops/get-infrastructure";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMetrics, routeLabel } from "./metrics";
import { authorizeMetrics } from "./authorize-metrics";

describe("[metrics]: exposition", () => {
  it("reads evaluation gauges from one grouped query per scrape", async () => {
    let queries = 0;
    const db = {
      evaluation: {
        groupBy: async () => {
          queries++;
          return [
            { status: "queued", _count: { _all: 7 } },
            { status: "completed", _count: { _all: 3 } },
          ];
        },
      },
    } as unknown as PrismaClient;
    const metrics = createMetrics({ db: () => db, defaultMetrics: false });
    metrics.httpRequestDuration.observe({ method: "GET", route: "/api/v1/jobs/:id", status: "200" }, 0.02);
    metrics.parseFailures.inc({ code: "PDF_ENCRYPTED" });
    metrics.evaluationDuration.observe({ outcome: "completed" }, 1.5);
    const text = await metrics.registry.metrics();
    expect(queries).toBe(1);
    expect(text).toContain('resume_checker_evaluations{status="queued"} 7');
    expect(text).toContain('resume_checker_evaluations{status="failed"} 0');
    expect(text).toContain("resume_checker_evaluation_queue_depth 7");
    expect(text).toContain(
      'resume_checker_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/api/v1/jobs/:id",status="200"} 1',
    );
    expect(text).toContain('resume_checker_parse_failures_total{code="PDF_ENCRYPTED"} 1');
    expect(text).toContain('resume_checker_evaluation_duration_seconds_count{outcome="completed"} 1');
  });

  it("reports the storage volume's used percent when given the storage folder", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rc-metrics-"));
    try {
      const text = await createMetrics({ storageDir: () => dir, defaultMetrics: false }).registry.metrics();
      const value = Number(/^resume_checker_storage_disk_used_percent (\S+)$/m.exec(text)?.[1]);
      // A second reading: other writers on the machine may have moved it a little.
      expect(Math.abs(value - (await diskUsage(dir)).usedPercent)).toBeLessThan(1);
      expect(value).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("includes process memory with default metrics", async () => {
    const text = await createMetrics().registry.metrics();
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toContain("nodejs_heap_size_used_bytes");
  });

  it("turns ids in paths into :id", () => {
    expect(routeLabel("/api/v1/jobs/cmk1q2w3e4r5t6y7u8i9o0p1/evaluations/retry")).toBe("/api/v1/jobs/:id/evaluations/retry");
    expect(routeLabel("/api/v1/evaluations/3f1c2a9e-1111-4a2b-9c3d-1234567890ab")).toBe("/api/v1/evaluations/:id");
    expect(routeLabel("/api/v1/jobs")).toBe("/api/v1/jobs");
  });
});

describe("[metrics]: access", () => {
  const admin = async () => ({ id: "u1", email: "a@b.c", name: "A", role: "admin" as const });
  const recruiter = async () => ({ id: "u2", email: "r@b.c", name: "R", role: "recruiter" as const });
  const nobody = async () => null;

  it("accepts the configured token", async () => {
    await expect(
      authorizeMetrics({ authorization: "Bearer s3cret-token", metricsToken: "s3cret-token", currentUser: nobody }),
    ).resolves.toBe("token");
  });
  it("rejects a wrong token with 401 and a non-admin with 403", async () => {
    await expect(
      authorizeMetrics({ authorization: "Bearer wrong", metricsToken: "s3cret-token", currentUser: nobody }),
    ).rejects.toMatchObject({ status: 401 });
    await expect(authorizeMetrics({ authorization: null, metricsToken: undefined, currentUser: recruiter })).rejects.toMatchObject({
      status: 403,
    });
  });
  it("accepts an admin API key with the admin scope only", async () => {
    const key = (role: "admin" | "recruiter", scopes: string[]) => async () => ({
      user: { id: "u", email: "k@b.c", name: "K", role },
      apiKey: { scopes },
    });
    const token = "rc_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    await expect(
      authorizeMetrics({
        authorization: `Bearer ${token}`,
        metricsToken: "s3cret-token",
        currentUser: nobody,
        authenticateKey: key("admin", ["admin"]),
      }),
    ).resolves.toBe("api-key");
    await expect(
      authorizeMetrics({
        authorization: `Bearer ${token}`,
        metricsToken: undefined,
        currentUser: nobody,
        authenticateKey: key("admin", ["read"]),
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      authorizeMetrics({
        authorization: `Bearer ${token}`,
        metricsToken: undefined,
        currentUser: admin,
        authenticateKey: key("recruiter", ["admin"]),
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
  it("accepts an admin session", async () => {
    await expect(authorizeMetrics({ authorization: null, metricsToken: "s3cret-token", currentUser: admin })).resolves.toBe("admin");
  });
});
