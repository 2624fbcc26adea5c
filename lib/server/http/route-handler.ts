import "server-only";
import type { NextRequest } from "next/server";
import { AppError, newRequestId, toErrorResponse } from "@/lib/errors";
import type { Role } from "@/lib/schemas/auth";
import { getCurrentUser, type SessionUser } from "@/lib/server/auth/session";

export type RouteContext<P> = { params: Promise<P> };
export type AuthedRequestContext<P> = { request: NextRequest; params: P; user: SessionUser; requestId: string };

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cookie-authenticated state-changing requests must come from our own origin (CSRF).
 * Browsers always send Origin on such requests; its absence means a non-browser client.
 */
function assertSameOrigin(request: NextRequest): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "The request's Origin header is not valid.");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "Cross-site requests are not allowed. Use the app itself or an API key.");
}

/**
 * Wraps a route handler: request id, authentication, role check, CSRF check and
 * error mapping happen here, so handlers contain only their own logic.
 */
export function withAuth<P = Record<string, never>>(
  handler: (context: AuthedRequestContext<P>) => Promise<Response>,
  options: { roles: readonly Role[] },
) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id")?.slice(0, 100) || newRequestId();
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API key in the Authorization header.");
      if (!options.roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your role does not allow this request.");
      assertSameOrigin(request);
      const response = await handler({ request, params: await context.params, user, requestId });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      const { status, body } = toErrorResponse(error, requestId);
      if (status >= 500) console.error(JSON.stringify({ level: "error", requestId, msg: "request failed", err: error instanceof Error ? error.stack : String(error) }));
      return Response.json(body, { status, headers: { "x-request-id": requestId } });
    }
  };
}
