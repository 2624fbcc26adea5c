// One error type for the whole app. Route handlers and actions map it to HTTP;
// anything else becomes a generic 500 with a request id, never a stack trace.
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_DOCUMENT: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  INSUFFICIENT_STORAGE: 507,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Safe to show to the user: what went wrong and what to do. */
  readonly userMessage: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, userMessage: string, options: { details?: unknown; cause?: unknown } = {}) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.userMessage = userMessage;
    this.details = options.details;
  }
}

export type ErrorBody = { error: { code: string; message: string; requestId: string; details?: unknown } };

export function newRequestId(): string {
  return randomUUID();
}

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Driver errors that mean "the database cannot be reached now", not "this request is wrong". */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_DRIVER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** PostgreSQL SQLSTATEs for text it cannot store (NUL, invalid UTF-8); 57P0x/08xxx: shutting down, no connection. */
const INVALID_TEXT_SQLSTATES = new Set(["22021", "22P05"]);
const UNREACHABLE_SQLSTATE = /^(08...|57P0[1-3])$/;
/** node-postgres reports a dropped or timed-out connection with a bare Error (no code). */
const UNREACHABLE_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

type ErrorFacts = { code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** The codes along an error's cause chain (Prisma error → driver adapter error → pg error). */
function errorCodes(error: unknown): { codes: Set<string>; kinds: Set<string>; messages: string[] } {
  const codes = new Set<string>();
  const kinds = new Set<string>();
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown) => {
    if (!value || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    const facts = value as ErrorFacts;
    for (const code of [facts.code, facts.originalCode]) if (typeof code === "string") codes.add(code);
    if (typeof facts.kind === "string") kinds.add(facts.kind);
    if (value instanceof Error) messages.push(value.message);
    visit(facts.cause);
    visit(facts.meta?.driverAdapterError);
  };
  visit(error);
  return { codes, kinds, messages };
}

const STORAGE_FULL_CODES = new Set(["ENOSPC", "EDQUOT"]);

/**
 * Failures a client can act on: unreachable database → 503 with Retry-After, unstorable
 * text → 400, a full storage volume or quota (a write anywhere in a use case) → 507.
 */
export function databaseAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const { codes, kinds, messages } = errorCodes(error);
  if ([...codes].some((code) => STORAGE_FULL_CODES.has(code)))
    return new AppError(
      "INSUFFICIENT_STORAGE",
      "The server's storage is full, so nothing was saved. Tell your administrator; try again later.",
      {
        cause: error,
      },
    );
  const has = (test: (code: string) => boolean) => [...codes].some(test);
  if (has((code) => INVALID_TEXT_SQLSTATES.has(code)))
    return new AppError(
      "BAD_REQUEST",
      "The request contains text that cannot be stored (a NUL character or invalid Unicode). Remove it and send again.",
      {
        cause: error,
      },
    );
  if (
    // Not bare ECONNREFUSED and the like: those also come from Inngest or other services, which are not the database.
    has((code) => UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code)) ||
    [...kinds].some((kind) => UNREACHABLE_DRIVER_KINDS.has(kind)) ||
    messages.some((message) => UNREACHABLE_MESSAGE.test(message))
  )
    return new AppError("UNAVAILABLE", `The database is unreachable right now. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`, {
      cause: error,
    });
  return null;
}

/** Turns any thrown value into a status and a body safe to send to a client (plus headers such as Retry-After). */
export function toErrorResponse(thrown: unknown, requestId: string): { status: number; body: ErrorBody; headers: Record<string, string> } {
  const mapped = databaseAppError(thrown);
  const error = mapped ?? thrown;
  const headers: Record<string, string> = mapped?.code === "UNAVAILABLE" ? { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } : {};
  if (error instanceof AppError) {
    return {
      headers,
      status: error.status,
      body: {
        error: {
          code: error.code,
          message: error.userMessage,
          requestId,
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      },
    };
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = details[0];
    const message = first ? `Invalid ${first.path || "input"}: ${first.message}` : "The request is not valid.";
    return { headers, status: 400, body: { error: { code: "VALIDATION_FAILED", message, requestId, details } } };
  }
  return {
    headers,
    status: 500,
    body: {
      error: { code: "INTERNAL", message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`, requestId },
    },
  };
}
