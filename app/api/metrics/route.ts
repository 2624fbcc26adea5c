import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { authenticateApiKey } from "@/lib/server/api-keys/authenticate-api-key";
import { newRequestId, toErrorResponse } from "@/lib/errors";
import { getUnrestrictedCurrentUser } from "@/lib/server/auth/session";
import { authorizeMetrics } from "@/lib/server/observability/authorize-metrics";
import { getLogger } from "@/lib/server/observability/logger";
import { getMetrics } from "@/lib/server/observability/metrics";

export const dynamic = "force-dynamic";

// Prometheus scrape endpoint. Not behind withAuth: a scraper has a static token, not a user.
export async function GET(request: Request) {
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || newRequestId();
  try {
    await authorizeMetrics({
      authorization: request.headers.get("authorization"),
      metricsToken: getEnv().METRICS_TOKEN,
      currentUser: getUnrestrictedCurrentUser,
      authenticateKey: (token) => authenticateApiKey({ db: getDb(), token, ip: clientIp(request.headers) }),
    });
    const { registry } = getMetrics();
    const body = await registry.metrics();
    return new Response(body, {
      headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store", "x-request-id": requestId },
    });
  } catch (error) {
    const { status, body } = toErrorResponse(error, requestId);
    if (status >= 500) getLogger().error({ requestId, err: error }, "metrics scrape failed");
    return Response.json(body, { status, headers: { "x-request-id": requestId } });
  }
}
