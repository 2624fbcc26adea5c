import "server-only";
import { getLogger } from "@/lib/server/observability/logger";
import type { InlineRunner } from "./inline-runner";

/** How long a stopping process lets running evaluations finish before handing them back to the queue. */
export const SHUTDOWN_GRACE_MS = 8_000;

type SignalSource = { on(signal: NodeJS.Signals, listener: () => void): unknown };

/**
 * The runbook's "stop workers gracefully": on SIGTERM/SIGINT the runner stops
 * claiming, running evaluations get `graceMs` to finish, the rest go back to the
 * queue without using up an attempt, then the process exits. A second signal
 * exits at once (leases then expire and another process takes the work over).
 * Only installed when the process owns its signals (NEXT_MANUAL_SIG_HANDLE set,
 * as `npm start` and the Dockerfile do); otherwise Next.js exits on its own.
 */
export function installGracefulShutdown(options: {
  /** Null in a process without a runner (Inngest mode, INLINE_RUNNER=off): it just exits. */
  runner: Pick<InlineRunner, "stop" | "activeCount"> | null;
  graceMs?: number;
  signals?: SignalSource;
  exit?: (code: number) => void;
  log?: (fields: Record<string, unknown>) => void;
}): void {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.log ?? (({ msg, ...fields }: Record<string, unknown>) => getLogger().info(fields, String(msg)));
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => () => {
    if (stopping) {
      log({ msg: "second signal: exiting without waiting", signal });
      exit(1);
      return;
    }
    stopping = true;
    const runner = options.runner;
    if (!runner) {
      exit(0);
      return;
    }
    log({ msg: "shutting down: the runner stops claiming work", signal, running: runner.activeCount(), graceMs });
    const started = Date.now();
    runner
      .stop(graceMs)
      .then(
        () => log({ msg: "runner stopped; unfinished evaluations were returned to the queue", waitedMs: Date.now() - started }),
        (error: unknown) => log({ msg: "runner stop failed", err: String(error) }),
      )
      .finally(() => exit(0));
  };
  signals.on("SIGTERM", onSignal("SIGTERM"));
  signals.on("SIGINT", onSignal("SIGINT"));
}
