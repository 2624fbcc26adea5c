import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { getEnv } from "@/lib/env";
import { currentRequestId, evaluationRequestId } from "./request-context";

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

/** The process logger; inside a request its lines carry that request's id. */
export function getLogger(): Logger {
  globalForLogger.__rcLogger ??= createLogger();
  const requestId = currentRequestId();
  return requestId ? globalForLogger.__rcLogger.child({ requestId }) : globalForLogger.__rcLogger;
}

export function requestLogger(requestId: string): Logger {
  return getLogger().child({ requestId });
}

/** For background evaluations: carries the id of the request that queued the evaluation, when this process saw it. */
export function evaluationLogger(evaluationId: string): Logger {
  const requestId = evaluationRequestId(evaluationId);
  return getLogger().child(requestId ? { evaluationId, requestId } : { evaluationId });
}
