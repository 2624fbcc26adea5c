import "server-only";
import { constants } from "node:fs";
import { access, mkdir, statfs } from "node:fs/promises";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { diskUsageFromStats } from "@/lib/server/ops/get-infrastructure";
import { getRunnerState } from "@/lib/server/runner/state";
import { getStorage } from "@/lib/server/storage/get-storage";

/** "degraded": still serving, but someone must act (`action` says what, from the runbook). */
export type CheckResult = { status: "ok" | "degraded" | "fail"; latencyMs: number; detail?: string; action?: string };
export type HealthReport = {
  status: "healthy" | "degraded" | "unhealthy";
  checks: { database: CheckResult; jobRunner: CheckResult & { mode: string }; fileStorage: CheckResult };
};

const HEARTBEAT_STALE_MS = 30_000;
/** Storage volume use (percent) above which health is degraded / unhealthy: uploads soon fail with 507. */
export const HEALTH_DISK_THRESHOLDS = { degraded: 90, unhealthy: 98 } as const;
const DISK_ACTION =
  "Free space on the storage volume (docs/runbook.md, Disk space): run `npm run cleanup-files`, set RETENTION_DAYS, or grow the volume.";

export type StatfsReader = (path: string) => Promise<{ blocks: number; bfree: number; bavail: number; bsize: number }>;

/** A check's verdict when it answered, but with something to act on. */
class Degraded extends Error {
  constructor(
    message: string,
    readonly status: "degraded" | "fail",
    readonly action: string,
  ) {
    super(message);
  }
}

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
    const latencyMs = Math.round(performance.now() - started);
    if (error instanceof Degraded) return { status: error.status, latencyMs, detail: error.message, action: error.action };
    return { status: "fail", latencyMs, detail: describeFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

type DriverCause = { kind?: unknown; host?: unknown; port?: unknown; originalMessage?: unknown; message?: unknown; code?: unknown };

/**
 * One line naming the cause. Prisma's own message starts with "Invalid `…` invocation",
 * which says nothing; the driver adapter's cause (unreachable host, refused login) does.
 */
export function describeFailure(error: unknown): string {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } } | null)?.meta?.driverAdapterError?.cause;
  if (cause) {
    const where = typeof cause.host === "string" ? ` at ${cause.host}${cause.port ? `:${String(cause.port)}` : ""}` : "";
    const text = [cause.originalMessage, cause.message].find((value) => typeof value === "string" && value.trim());
    if (cause.kind === "DatabaseNotReachable") return `database unreachable${where}`;
    return `${String(cause.kind ?? "database error")}${where}${text ? `: ${String(text)}` : ""}`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message =
    error instanceof Error ? (error.message.split("\n").find((line) => line.trim() && !line.startsWith("Invalid `")) ?? "") : "";
  return [typeof code === "string" ? code : "", message.trim()].filter(Boolean).join(": ") || "failed";
}

async function checkDatabase(): Promise<string | undefined> {
  await getDb().$queryRaw`SELECT 1`;
  return undefined;
}

async function checkStorage(readStatfs: StatfsReader): Promise<string | undefined> {
  // Object storage has no volume of ours to fill: the driver's own probe (bucket reachable, writable) is the check.
  if (getEnv().STORAGE_DRIVER !== "local") return getStorage().check();
  const dir = getEnv().storageDir;
  await mkdir(dir, { recursive: true });
  await access(dir, constants.W_OK);
  const disk = diskUsageFromStats(dir, await readStatfs(dir));
  const summary = `volume ${disk.usedPercent}% full (${disk.freeBytes.toLocaleString("en-US")} bytes free)`;
  if (disk.usedPercent > HEALTH_DISK_THRESHOLDS.unhealthy) throw new Degraded(summary, "fail", DISK_ACTION);
  if (disk.usedPercent > HEALTH_DISK_THRESHOLDS.degraded) throw new Degraded(summary, "degraded", DISK_ACTION);
  return disk.level === "ok" ? undefined : `${summary} (${disk.level})`;
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
  // The loop beats even when its poll fails; a failed last poll means it cannot claim work.
  if (runner.lastError) throw new Error(`running, but its last poll failed: ${runner.lastError}`);
  return "running";
}

/** Health of each dependency; cheap enough to poll every few seconds. `readStatfs` is replaceable to test a full disk. */
export async function checkHealth(options: { readStatfs?: StatfsReader } = {}): Promise<HealthReport> {
  const readStatfs = options.readStatfs ?? ((path: string) => statfs(path));
  const [database, jobRunner, fileStorage] = await Promise.all([
    timed(checkDatabase, 2000),
    timed(checkRunner, 2000),
    timed(() => checkStorage(readStatfs), 2000),
  ]);
  const checks = [database, jobRunner, fileStorage];
  return {
    status: checks.some((check) => check.status === "fail")
      ? "unhealthy"
      : checks.some((check) => check.status === "degraded")
        ? "degraded"
        : "healthy",
    checks: { database, jobRunner: { ...jobRunner, mode: getEnv().runnerMode }, fileStorage },
  };
}
