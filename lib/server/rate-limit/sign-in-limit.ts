import "server-only";
import type { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { newRequestId, toErrorResponse } from "@/lib/errors";
import { clientIp } from "@/lib/request-ip";
import { consumeRateLimit, RateLimitedError, type RateLimitResult, rateLimitHeaders } from "./rate-limit";
import { rateLimitRules } from "./rules";

/** Counts one sign-in attempt from an IP (the form's server action and the Auth.js endpoint share the bucket). */
export async function consumeSignInAttempt(ip: string): Promise<RateLimitResult> {
  return consumeRateLimit(getDb(), rateLimitRules().signIn, ip);
}

/**
 * Wraps the Auth.js POST handler: credential sign-ins are limited per client IP
 * before Auth.js sees them (the per-account failure throttle applies after).
 * Other Auth.js POSTs (sign-out, session) pass through uncounted.
 */
export function limitCredentialSignIns(post: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
      const result = await consumeSignInAttempt(clientIp(request.headers));
      if (!result.allowed) {
        const requestId = newRequestId();
        const { status, body } = toErrorResponse(new RateLimitedError(result, "sign-in attempts from this address"), requestId);
        return Response.json(body, { status, headers: { ...rateLimitHeaders(result), "x-request-id": requestId } });
      }
    }
    return post(request);
  };
}
