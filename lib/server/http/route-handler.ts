import "server-only";
import type { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { AppError, newRequestId, toErrorResponse } from "@/lib/errors";
import { clientIp, requestHost } from "@/lib/request-ip";
import { type ApiKeyScope, scopeSatisfies } from "@/lib/schemas/api-keys";
import type { Role } from "@/lib/schemas/auth";
import { authenticateApiKey } from "@/lib/server/api-keys/authenticate-api-key";
import { bearerToken } from "@/lib/server/api-keys/api-key-token";
import { sessionUserFromRequest } from "@/lib/server/auth/request-session";
import type { SessionUser } from "@/lib/server/auth/session";
import { passwordChangeRequired } from "@/lib/server/auth/session-user";
import { requestLogger } from "@/lib/server/observability/logger";
import { observeRoute, withRequestId } from "@/lib/server/observability/observe";
import { enforceRateLimit, RateLimitedError, type RateLimitResult, rateLimitHeaders } from "@/lib/server/rate-limit/rate-limit";
import { rateLimitRules } from "@/lib/server/rate-limit/rules";
import type { RequestActor } from "@/lib/server/request-actor";

export type RouteContext<P> = { params: Promise<P> };
export type AuthedRequestContext<P> = { request: NextRequest; params: P; user: SessionUser; requestId: string; actor: RequestActor };
export type PublicRequestContext<P> = { request: NextRequest; params: P; requestId: string };

export type RouteAuthOptions = {
  roles: readonly Role[];
  /**
   * Scopes an API key needs (all of them; `admin` implies `write` implies `read`).
   * Default: `read` for GET/HEAD, `write` otherwise. Sessions are limited by role only.
   */
  scopes?: readonly ApiKeyScope[];
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function defaultScopes(method: string): readonly ApiKeyScope[] {
  return method === "GET" || method === "HEAD" ? ["read"] : ["write"];
}

/**
 * Cookie-authenticated state-changing requests must come from our own origin (CSRF).
 * Browsers always send Origin on such requests; its absence means a non-browser client.
 */
function assertSameOrigin(request: NextRequest): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = requestHost(request.headers);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "The request's Origin header is not valid.");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "Cross-site requests are not allowed. Use the app itself or an API key.");
}

function requestIdOf(request: NextRequest): string {
  return (
    request.headers
      .get("x-request-id")
      ?.slice(0, 100)
      .replace(/[^\w.:-]/g, "") || newRequestId()
  );
}

function errorResponse(error: unknown, requestId: string, extraHeaders: Record<string, string> = {}): Response {
  const { status, body, headers: errorHeaders } = toErrorResponse(error, requestId);
  if (status >= 500) requestLogger(requestId).error({ err: error }, "request failed");
  const headers: Record<string, string> = { "x-request-id": requestId, ...errorHeaders, ...extraHeaders };
  if (error instanceof RateLimitedError) Object.assign(headers, rateLimitHeaders(error.result));
  return Response.json(body, { status, headers });
}

/** Counts an unauthenticated request against the per-IP limit (throws 429 when over). */
export async function limitAnonymous(request: Request, what = "from this address"): Promise<RateLimitResult> {
  return enforceRateLimit(getDb(), rateLimitRules().anonymous, clientIp(request.headers), what);
}

/**
 * Wraps a route handler: request id, authentication (API key in
 * `Authorization: Bearer rc_live_…`, else the session cookie), rate limit per key,
 * role and scope checks, CSRF check for cookie sessions, and error mapping — so
 * handlers contain only their own logic.
 */
export function withAuth<P = Record<string, never>>(
  handler: (context: AuthedRequestContext<P>) => Promise<Response>,
  options: RouteAuthOptions,
) {
  return observeRoute(async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const requestId = requestIdOf(request);
    const ip = clientIp(request.headers);
    let limit: RateLimitResult | null = null;
    try {
      const token = bearerToken(request.headers);
      let actor: RequestActor;
      if (token) {
        let authenticated: Awaited<ReturnType<typeof authenticateApiKey>>;
        try {
          authenticated = await authenticateApiKey({ db: getDb(), token, ip });
        } catch (error) {
          // Failed key attempts count against the caller's address, like any anonymous request.
          if (error instanceof AppError && error.code === "UNAUTHENTICATED")
            await limitAnonymous(request, "with invalid credentials from this address");
          throw error;
        }
        limit = await enforceRateLimit(getDb(), rateLimitRules().apiKey, authenticated.apiKey.id, "for this API key");
        actor = { ...authenticated, ip, requestId };
        const required = options.scopes ?? defaultScopes(request.method);
        const missing = required.filter((scope) => !scopeSatisfies(authenticated.apiKey.scopes, scope));
        if (missing.length > 0)
          throw new AppError("FORBIDDEN", `This API key lacks the ${missing.join(", ")} scope needed for this request.`);
      } else {
        const user = await sessionUserFromRequest(request);
        if (!user) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API key in the Authorization header.");
        // API keys are separate credentials and stay usable; the reset session may only change the password.
        if (user.mustChangePassword) throw passwordChangeRequired();
        actor = { user, apiKey: null, ip, requestId };
      }
      if (!options.roles.includes(actor.user.role)) throw new AppError("FORBIDDEN", "Your role does not allow this request.");
      if (!actor.apiKey) assertSameOrigin(request);
      const response = await withRequestId(requestId, async () =>
        handler({ request, params: await context.params, user: actor.user, requestId, actor }),
      );
      response.headers.set("x-request-id", requestId);
      if (limit) for (const [name, value] of Object.entries(rateLimitHeaders(limit))) response.headers.set(name, value);
      return response;
    } catch (error) {
      return errorResponse(error, requestId, limit ? rateLimitHeaders(limit) : {});
    }
  });
}

/** Unauthenticated routes (public docs): per-IP rate limit and the same error mapping. */
export function withPublic<P = Record<string, never>>(handler: (context: PublicRequestContext<P>) => Promise<Response>) {
  return observeRoute(async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      const limit = await limitAnonymous(request);
      const response = await handler({ request, params: await context.params, requestId });
      response.headers.set("x-request-id", requestId);
      for (const [name, value] of Object.entries(rateLimitHeaders(limit))) response.headers.set(name, value);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  });
}
