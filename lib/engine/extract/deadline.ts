// Time limits for work that cannot be interrupted from inside: the caller
// stops waiting when the budget runs out and reports a clear error code.
import { EngineError, type EngineErrorCode } from "../errors";

/**
 * Settles with `work`, or rejects with `code` once `deadline` (epoch ms) passes.
 * `onTimeout` runs when the deadline wins (to terminate what is still running).
 */
export function withDeadline<T>(
  work: Promise<T>,
  deadline: number,
  what: string,
  options: { code?: EngineErrorCode; onTimeout?: () => void } = {},
): Promise<T> {
  const code = options.code ?? "PARSE_TIMEOUT";
  // When the timeout wins, the abandoned work still settles later; observe its
  // rejection so it is not reported as unhandled (it has already been answered).
  work.catch(() => undefined);
  const remaining = deadline - Date.now();
  if (remaining <= 0) {
    // Run onTimeout on the next turn, not now: work handed over in this turn (a job still being
    // posted to a thread) must reach its thread before onTimeout terminates it.
    if (options.onTimeout) setTimeout(options.onTimeout, 0);
    return Promise.reject(new EngineError(code, `${what} had no time left`));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      options.onTimeout?.();
      reject(new EngineError(code, `${what} exceeded ${remaining} ms`));
    }, remaining);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
