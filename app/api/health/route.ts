import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

// Unauthenticated by design (load balancers, the runbook's first check); reveals no data.
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "healthy" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
