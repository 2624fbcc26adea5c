import type { NextRequest } from "next/server";
import { newRequestId, toErrorResponse } from "@/lib/errors";
import { handlers } from "@/lib/auth";
import { clientIp } from "@/lib/request-ip";
import { RateLimitedError, rateLimitHeaders } from "@/lib/server/rate-limit/rate-limit";
import { consumeSignInAttempt } from "@/lib/server/rate-limit/sign-in-limit";

export const { GET } = handlers;

/** Credential sign-ins are limited per client IP before Auth.js sees them (the per-account failure throttle applies after). */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const result = await consumeSignInAttempt(clientIp(request.headers));
    if (!result.allowed) {
      const requestId = newRequestId();
      const { status, body } = toErrorResponse(new RateLimitedError(result, "sign-in attempts from this address"), requestId);
      return Response.json(body, { status, headers: { ...rateLimitHeaders(result), "x-request-id": requestId } });
    }
  }
  return handlers.POST(request);
}
