// The message a pooled worker answers with. Errors lose their class, name and
// own fields when copied between threads, so a worker reports a failure as plain
// data (name, message, and an EngineError's code, user message and retry hint)
// and the pool rebuilds it (thread-pool.ts).

export type SerializedTaskError = {
  name: string;
  message: string;
  code?: string;
  userMessage?: string;
  retriable?: boolean;
};

export type TaskReply<R> = { ok: true; value: R } | { ok: false; error: SerializedTaskError };

/** A task `warm()` sends: answered without calling the handler, once the worker has loaded its code. */
export const WARM_UP_TASK = { warmUp: true } as const;

function isWarmUp(task: unknown): boolean {
  return typeof task === "object" && task !== null && (task as { warmUp?: unknown }).warmUp === true;
}

export function serializeTaskError(error: unknown): SerializedTaskError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const fields = error as Error & { code?: unknown; userMessage?: unknown; retriable?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof fields.code === "string" ? { code: fields.code } : {}),
    ...(typeof fields.userMessage === "string" ? { userMessage: fields.userMessage } : {}),
    ...(typeof fields.retriable === "boolean" ? { retriable: fields.retriable } : {}),
  };
}

/** Wraps a worker entry's handler (its default export) in the reply protocol. */
export function workerTask<T, R>(handler: (task: T) => R | Promise<R>): (task: T) => Promise<TaskReply<R | null>> {
  return async (task) => {
    if (isWarmUp(task)) return { ok: true, value: null };
    try {
      return { ok: true, value: await handler(task) };
    } catch (error) {
      return { ok: false, error: serializeTaskError(error) };
    }
  };
}
