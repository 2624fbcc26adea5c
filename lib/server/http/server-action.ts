import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { newRequestId, toErrorResponse } from "@/lib/errors";
import { clientIp } from "@/lib/request-ip";
import type { Role } from "@/lib/schemas/auth";
import { requireRole, type SessionUser } from "@/lib/server/auth/session";
import { requestLogger } from "@/lib/server/observability/logger";
import { currentRequestId, runWithRequestId } from "@/lib/server/observability/request-context";
import type { RequestActor } from "@/lib/server/request-actor";
import { assertValidText } from "@/lib/valid-text";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; requestId: string; details?: unknown } };

/**
 * Server actions: parse input with the schema, authorize, run the use case, and
 * return a plain result (never throw library errors to the client).
 */
export function authorizedAction<S extends z.ZodType, T>(
  options: {
    schema: S;
    roles: readonly Role[];
    /** Only the password change itself may run while an admin-reset password is unchanged. */
    allowPasswordChangeRequired?: boolean;
  },
  run: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const requestId = newRequestId();
    try {
      const user = await requireRole(options.roles, { allowPasswordChangeRequired: options.allowPasswordChangeRequired });
      assertValidText(raw, "form");
      const input = options.schema.parse(raw);
      // In scope for the use case, so what it queues or logs carries this action's id.
      return { ok: true, data: await runWithRequestId(requestId, () => run(input, user)) };
    } catch (error) {
      const { status, body } = toErrorResponse(error, requestId);
      if (status >= 500) requestLogger(requestId).error({ err: error }, "action failed");
      return { ok: false, error: body.error };
    }
  };
}

/** The actor of a server action (session user, client IP, the action's request id) for use cases that audit it. */
export async function sessionActor(user: SessionUser): Promise<RequestActor> {
  return { user, apiKey: null, ip: clientIp(await headers()), requestId: currentRequestId() ?? newRequestId() };
}
