import { describe, expect, it } from "vitest";
import { toErrorResponse } from "@/lib/errors";
import { createScriptPrismaClient } from "@/scripts/lib/prisma-client";
import { markRunnerHeartbeat, markRunnerStarted } from "@/lib/server/runner/state";
import { checkHealth, describeFailure, type StatfsReader } from "./check-health";

/** A statfs reading of a 1 GB volume with `usedPercent` taken (as df counts it). */
function volume(usedPercent: number): StatfsReader {
  const blocks = 262_144;
  const used = Math.round((blocks * usedPercent) / 100);
  return async () => ({ blocks, bfree: blocks - used, bavail: blocks - used, bsize: 4096 });
}

describe("[health]: dependency checks", () => {
  it("reports the inline runner as failing until it has started, then healthy", async () => {
    const before = await checkHealth();
    expect(before.checks.database.status).toBe("ok");
    expect(before.checks.fileStorage.status).toBe("ok");
    expect(before.checks.jobRunner).toMatchObject({ status: "fail", mode: "inline", detail: "inline runner is not running" });
    expect(before.status).toBe("unhealthy");

    markRunnerStarted("inline");
    const after = await checkHealth();
    expect(after.status).toBe("healthy");
    expect(after.checks.jobRunner.status).toBe("ok");
  });

  it("a storage volume over 90% full is degraded and over 98% unhealthy, with the runbook's action", async () => {
    markRunnerStarted("inline");
    expect((await checkHealth({ readStatfs: volume(85) })).status).toBe("healthy");
    const degraded = await checkHealth({ readStatfs: volume(95) });
    expect(degraded.status).toBe("degraded");
    expect(degraded.checks.fileStorage).toMatchObject({ status: "degraded", detail: expect.stringContaining("95% full") });
    expect(degraded.checks.fileStorage.action).toContain("npm run cleanup-files");
    const full = await checkHealth({ readStatfs: volume(99.9) });
    expect(full.status).toBe("unhealthy");
    expect(full.checks.fileStorage).toMatchObject({ status: "fail", detail: expect.stringContaining("99.9% full") });
    expect(full.checks.fileStorage.action).toContain("runbook");
  });

  it("a runner whose last poll failed is reported as failing, not ok", async () => {
    markRunnerStarted("inline");
    markRunnerHeartbeat("Invalid `db.$queryRaw()` invocation:");
    const report = await checkHealth();
    expect(report.checks.jobRunner).toMatchObject({ status: "fail", detail: expect.stringContaining("last poll failed") });
    expect(report.status).toBe("unhealthy");
    markRunnerHeartbeat();
  });

  it("names the cause when the database cannot be reached", async () => {
    const unreachable = createScriptPrismaClient("postgresql://postgres@127.0.0.1:9/nowhere");
    const error = await unreachable.$queryRaw`SELECT 1`.then(
      () => null,
      (caught: unknown) => caught,
    );
    await unreachable.$disconnect();
    expect(describeFailure(error)).toBe("database unreachable at 127.0.0.1:9");
    // The same real error, thrown from any route or action, is a 503 with Retry-After rather than a 500.
    const { status, headers } = toErrorResponse(error, "req-db-down");
    expect(status).toBe(503);
    expect(headers["retry-after"]).toBe("5");
  });
});
