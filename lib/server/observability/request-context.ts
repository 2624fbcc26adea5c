import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

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

/**
 * The id to record on work queued now: the current request's, or a fresh one for
 * work started outside a request (scripts, cron functions), prefixed so its log
 * lines are recognisable, e.g. `script-requeue-6f1c…`.
 */
export function requestIdOrNew(prefix: string): string {
  return currentRequestId() ?? `${prefix}-${randomUUID()}`;
}
