import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { updateJobBodySchema } from "@/lib/schemas/jobs";
import { readJsonBody, v1Route } from "@/lib/server/http/v1-route";
import { getJob } from "@/lib/server/jobs/get-job";
import { editJob } from "@/lib/server/jobs/update-job";
import { auditFields } from "@/lib/server/request-actor";

export const GET = v1Route(API_ROUTES.getJob, async ({ params }) =>
  Response.json({ job: await getJob({ db: getDb(), jobId: params.jobId }) }),
);

export const PATCH = v1Route(API_ROUTES.updateJob, async ({ request, params, actor }) => {
  const body = updateJobBodySchema.parse(await readJsonBody(request));
  return Response.json({ job: await editJob({ db: getDb(), jobId: params.jobId, body, ...auditFields(actor) }) });
});
