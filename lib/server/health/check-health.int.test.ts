import { describe, expect, it } from "vitest";
import { checkHealth } from "./check-health";
import { markRunnerStarted } from "@/lib/server/runner/state";

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
});
