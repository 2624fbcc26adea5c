import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { v1Route } from "@/lib/server/http/v1-route";
import { getJobCounts } from "@/lib/server/jobs/get-job-counts";

export const GET = v1Route(API_ROUTES.getJobCounts, async ({ params }) =>
  Response.json({ jobId: params.jobId, counts: await getJobCounts({ db: getDb(), jobId: params.jobId }) }),
);
