import "server-only";
import type { RunnerEvent } from "@/lib/server/runner/inline-runner";
import { evaluationLogger, getLogger } from "./logger";
import { getMetrics, routeLabel } from "./metrics";
import { runWithRequestId } from "./request-context";

type RouteFn<R extends Request, C> = (request: R, context: C) => Promise<Response>;

/**
 * Wraps a route handler (outside its auth wrapper): times it, records the
 * duration histogram and writes one access-log line carrying the request id that
 * the inner wrapper put on the response.
 */
export function observeRoute<R extends Request, C>(handler: RouteFn<R, C>): RouteFn<R, C> {
  return async (request, context) => {
    const started = performance.now();
    let status = 500;
    let requestId: string | undefined;
    try {
      const response = await handler(request, context);
      status = response.status;
      requestId = response.headers.get("x-request-id") ?? undefined;
      return response;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const route = routeLabel(new URL(request.url).pathname);
      getMetrics().httpRequestDuration.observe({ method: request.method, route, status: String(status) }, seconds);
      const log = requestId ? getLogger().child({ requestId }) : getLogger();
      log[status >= 500 ? "error" : "info"]({ method: request.method, route, status, durationMs: Math.round(seconds * 1000) }, "request");
    }
  };
}

/** Runs the handler with its request id in scope, so `getLogger()` lines inside it carry the id. */
export function withRequestId<T>(requestId: string, fn: () => Promise<T>): Promise<T> {
  return runWithRequestId(requestId, fn);
}

// Stages at which a failure means the resume itself could not be read.
const PARSE_STAGES = new Set(["extract-text", "parse"]);

/** Logs and measures one event of the in-process evaluation runner. */
export function recordRunnerEvent(event: RunnerEvent): void {
  if (event.type === "poll-error") {
    getLogger().warn({ event: event.type, err: event.message }, "evaluation runner poll failed");
    return;
  }
  const log = evaluationLogger(event.evaluationId, event.requestId);
  const metrics = getMetrics();
  switch (event.type) {
    case "claimed":
      log.debug({ attempt: event.attempt }, "evaluation started");
      break;
    case "completed":
      metrics.evaluationDuration.observe({ outcome: "completed" }, event.durationMs / 1000);
      log.info({ attempt: event.attempt, durationMs: event.durationMs }, "evaluation completed");
      break;
    case "retry-scheduled":
      log.warn(
        { attempt: event.attempt, stage: event.stage, code: event.code, delayMs: event.delayMs },
        "evaluation attempt failed, retry scheduled",
      );
      break;
    case "failed":
      if (PARSE_STAGES.has(event.stage)) metrics.parseFailures.inc({ code: event.code });
      log.warn({ attempt: event.attempt, stage: event.stage, code: event.code }, "evaluation failed");
      break;
    case "lost-lease":
      log.warn("evaluation lease lost to another process");
      break;
    case "skipped":
      log.info({ reason: event.reason }, "evaluation skipped");
      break;
  }
}
