import "server-only";
import { getLogger } from "@/lib/server/observability/logger";
import { activeUploads, UPLOAD_DRAIN_MS, waitForUploads } from "@/lib/server/http/uploads-in-flight";
import type { InlineRunner } from "./inline-runner";

/** How long a stopping process lets running evaluations finish before handing them back to the queue. */
export const SHUTDOWN_GRACE_MS = 8_000;

type SignalSource = { on(signal: NodeJS.Signals, listener: () => void): unknown };

/**
 * The runbook's "stop workers gracefully": on SIGTERM/SIGINT the runner stops
 * claiming, running evaluations get `graceMs` to finish, the rest go back to the
 * queue without using up an attempt; uploads in flight get `uploadDrainMs` to be
 * read, stored and queued (a cut upload leaves orphan files); then the process exits. A second signal
 * exits at once (leases then expire and another process takes the work over).
 * Only installed when the process owns its signals (NEXT_MANUAL_SIG_HANDLE set,
 * as `npm start` and the Dockerfile do); otherwise Next.js exits on its own.
 */
export function installGracefulShutdown(options: {
  /** Null in a process without a runner (Inngest mode, INLINE_RUNNER=off): it just exits. */
  runner: Pick<InlineRunner, "stop" | "activeCount"> | null;
  graceMs?: number;
  uploads?: { active: () => number; wait: (timeoutMs: number) => Promise<boolean> };
  uploadDrainMs?: number;
  signals?: SignalSource;
  exit?: (code: number) => void;
  log?: (fields: Record<string, unknown>) => void;
}): void {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.log ?? (({ msg, ...fields }: Record<string, unknown>) => getLogger().info(fields, String(msg)));
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;
  const uploads = options.uploads ?? { active: activeUploads, wait: waitForUploads };
  const uploadDrainMs = options.uploadDrainMs ?? UPLOAD_DRAIN_MS;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => () => {
    if (stopping) {
      log({ msg: "second signal: exiting without waiting", signal });
      exit(1);
      return;
    }
    stopping = true;
    const runner = options.runner;
    const uploading = uploads.active();
    if (!runner && uploading === 0) {
      exit(0);
      return;
    }
    const started = Date.now();
    const drains: Promise<unknown>[] = [];
    if (uploading > 0) {
      log({ msg: "shutting down: waiting for uploads in flight", signal, uploads: uploading, uploadDrainMs });
      drains.push(
        uploads
          .wait(uploadDrainMs)
          .then((drained) =>
            log({ msg: drained ? "uploads finished" : "uploads still running at the deadline", waitedMs: Date.now() - started }),
          ),
      );
    }
    if (runner) {
      log({ msg: "shutting down: the runner stops claiming work", signal, running: runner.activeCount(), graceMs });
      drains.push(
        runner.stop(graceMs).then(
          () => log({ msg: "runner stopped; unfinished evaluations were returned to the queue", waitedMs: Date.now() - started }),
          (error: unknown) => log({ msg: "runner stop failed", err: String(error) }),
        ),
      );
    }
    void Promise.allSettled(drains).finally(() => exit(0));
  };
  signals.on("SIGTERM", onSignal("SIGTERM"));
  signals.on("SIGINT", onSignal("SIGINT"));
}
