import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { listEvaluationsQuerySchema } from "@/lib/schemas/evaluations";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { listEvaluations } from "@/lib/server/evaluations/list-evaluations";
import { withAuth } from "@/lib/server/http/route-handler";

/** `?status=&verdict=&sort=score|recent&limit=&offset=` */
export const GET = withAuth<{ jobId: string }>(
  async ({ request, params }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    const query = listEvaluationsQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    return Response.json(await listEvaluations({ db: getDb(), jobId, query }));
  },
  { roles: AREA_ROLES.reviewing },
);
