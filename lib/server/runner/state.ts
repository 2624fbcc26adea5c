import "server-only";

// Liveness of the background evaluation runner in this process, read by /api/health
// and the ops page. The inline runner beats on every poll; a stale beat means its
// loop is stuck or dead.
export type RunnerMode = "inline" | "inngest";

type RunnerState = { mode: RunnerMode; startedAt: Date | null; lastHeartbeatAt: Date | null; lastError: string | null };

const globalForRunner = globalThis as unknown as { __resumeCheckerRunner?: RunnerState };

function state(): RunnerState {
  globalForRunner.__resumeCheckerRunner ??= { mode: "inline", startedAt: null, lastHeartbeatAt: null, lastError: null };
  return globalForRunner.__resumeCheckerRunner;
}

export function markRunnerStarted(mode: RunnerMode): void {
  const current = state();
  current.mode = mode;
  current.startedAt = new Date();
  current.lastHeartbeatAt = new Date();
  current.lastError = null;
}

export function markRunnerHeartbeat(error?: string): void {
  const current = state();
  current.lastHeartbeatAt = new Date();
  current.lastError = error ?? null;
}

export function markRunnerStopped(): void {
  const current = state();
  current.startedAt = null;
}

export function getRunnerState(): Readonly<RunnerState> {
  return { ...state() };
}
