import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getRunnerState } from "@/lib/server/runner/state";
import { getStorage } from "@/lib/server/storage/get-storage";

export type CheckResult = { status: "ok" | "fail"; latencyMs: number; detail?: string };
export type HealthReport = {
  status: "healthy" | "unhealthy";
  checks: { database: CheckResult; jobRunner: CheckResult & { mode: string }; fileStorage: CheckResult };
};

const HEARTBEAT_STALE_MS = 30_000;

async function timed(check: () => Promise<string | undefined>, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const detail = await Promise.race([check(), timeout]);
    return { status: "ok", latencyMs: Math.round(performance.now() - started), ...(detail ? { detail } : {}) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "failed";
    return { status: "fail", latencyMs: Math.round(performance.now() - started), detail: reason };
  } finally {
    clearTimeout(timer);
  }
}

async function checkDatabase(): Promise<string | undefined> {
  await getDb().$queryRaw`SELECT 1`;
  return undefined;
}

function checkStorage(): Promise<string | undefined> {
  return getStorage().check();
}

async function checkRunner(): Promise<string | undefined> {
  const env = getEnv();
  if (env.runnerMode === "inngest") {
    const base = env.INNGEST_BASE_URL;
    if (!base) return "events go to Inngest Cloud";
    const response = await fetch(new URL("/health", base), { signal: AbortSignal.timeout(1500) });
    if (!response.ok) throw new Error(`Inngest server answered ${response.status}`);
    return `Inngest server at ${base}`;
  }
  if (env.INLINE_RUNNER === "off") return "inline runner disabled in this process (INLINE_RUNNER=off)";
  const runner = getRunnerState();
  if (!runner.startedAt || !runner.lastHeartbeatAt) throw new Error("inline runner is not running");
  const age = Date.now() - runner.lastHeartbeatAt.getTime();
  if (age > HEARTBEAT_STALE_MS) throw new Error(`inline runner last polled ${Math.round(age / 1000)} s ago`);
  return runner.lastError ? `running; last error: ${runner.lastError}` : "running";
}

/** Health of each dependency; cheap enough to poll every few seconds. */
export async function checkHealth(): Promise<HealthReport> {
  const [database, jobRunner, fileStorage] = await Promise.all([
    timed(checkDatabase, 2000),
    timed(checkRunner, 2000),
    timed(checkStorage, 2000),
  ]);
  const healthy = [database, jobRunner, fileStorage].every((check) => check.status === "ok");
  return {
    status: healthy ? "healthy" : "unhealthy",
    checks: { database, jobRunner: { ...jobRunner, mode: getEnv().runnerMode }, fileStorage },
  };
}
