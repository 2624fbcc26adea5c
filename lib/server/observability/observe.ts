import "server-only";
import { getLogger } from "./logger";
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
