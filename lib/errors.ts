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

/** Turns any thrown value into a status and a body safe to send to a client. */
export function toErrorResponse(error: unknown, requestId: string): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
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
    return { status: 400, body: { error: { code: "VALIDATION_FAILED", message, requestId, details } } };
  }
  return {
    status: 500,
    body: {
      error: { code: "INTERNAL", message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`, requestId },
    },
  };
}
