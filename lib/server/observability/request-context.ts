import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The id of the request being served, available to any code it calls (use cases,
// loggers) without threading it through every signature.
type RequestContext = { requestId: string };

const globalForContext = globalThis as unknown as { __rcRequestContext?: AsyncLocalStorage<RequestContext> };
globalForContext.__rcRequestContext ??= new AsyncLocalStorage<RequestContext>();
const storage = globalForContext.__rcRequestContext;

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

// Background evaluations run outside the request that queued them. The in-process
// runner looks the id up here; bounded so a busy process cannot grow it forever.
const MAX_REMEMBERED = 10_000;
const globalForOrigins = globalThis as unknown as { __rcEvaluationOrigins?: Map<string, string> };
globalForOrigins.__rcEvaluationOrigins ??= new Map<string, string>();
const origins = globalForOrigins.__rcEvaluationOrigins;

/** Remembers which request queued these evaluations, so their log lines carry its id. */
export function rememberEvaluationRequest(evaluationIds: readonly string[], requestId: string | undefined): void {
  if (!requestId) return;
  for (const id of evaluationIds) {
    origins.delete(id);
    origins.set(id, requestId);
  }
  while (origins.size > MAX_REMEMBERED) {
    const oldest = origins.keys().next().value;
    if (oldest === undefined) break;
    origins.delete(oldest);
  }
}

export function evaluationRequestId(evaluationId: string): string | undefined {
  return origins.get(evaluationId);
}
