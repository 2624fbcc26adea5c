import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

// Unauthenticated by design (load balancers, the runbook's first check); reveals no data.
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    // Degraded still serves (a load balancer keeps it); only unhealthy is 503.
    status: report.status === "unhealthy" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
