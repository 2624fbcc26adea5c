import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { getEnv } from "@/lib/env";
import { currentRequestId } from "./request-context";

// JSON lines on stdout. Personal data never reaches a log line: keys that can hold
// it are replaced at any depth, so a careless `log.info({ resume })` stays safe.
// Messages themselves must not interpolate personal data (use ids).

const SENSITIVE_KEYS = new Set([
  "name",
  "fullname",
  "candidatename",
  "email",
  "candidateemail",
  "phone",
  "phonenumber",
  "text",
  "rawtext",
  "resumetext",
  "profile",
  "password",
  "passwordhash",
  "authorization",
  "cookie",
  "apikey",
  "token",
  "secret",
]);

export const REDACTED = "[redacted]";

/** A copy of `value` with sensitive keys replaced, at any depth (cycles and depth are bounded). */
export function scrubPersonalData(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Error) return value;
  if (depth > 8 || seen.has(value)) return "[truncated]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrubPersonalData(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SENSITIVE_KEYS.has(key.toLowerCase()) ? REDACTED : scrubPersonalData(item, depth + 1, seen);
  }
  return out;
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? getEnv().LOG_LEVEL,
      base: { service: "resume-checker" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubPersonalData(object) as Record<string, unknown>,
      },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}

const globalForLogger = globalThis as unknown as { __rcLogger?: Logger };

/** Replaces the process logger (tests capture lines with it); undefined: back to stdout. */
export function setProcessLogger(logger: Logger | undefined): void {
  globalForLogger.__rcLogger = logger;
}

function processLogger(): Logger {
  globalForLogger.__rcLogger ??= createLogger();
  return globalForLogger.__rcLogger;
}

/** The process logger; inside a request its lines carry that request's id. */
export function getLogger(): Logger {
  return requestLogger(currentRequestId());
}

/** Lines carrying `requestId` (when there is one), whatever request is in scope: one `requestId` key per line. */
export function requestLogger(requestId: string | null | undefined): Logger {
  return requestId ? processLogger().child({ requestId }) : processLogger();
}

/**
 * For background evaluations: lines carry the evaluation id and the id of the
 * request that queued it, which the caller already has (the claimed row's
 * request_id, or the Inngest event's), so logging costs no query.
 */
export function evaluationLogger(evaluationId: string, requestId?: string | null): Logger {
  return requestLogger(requestId ?? currentRequestId()).child({ evaluationId });
}
