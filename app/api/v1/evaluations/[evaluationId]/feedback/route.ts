import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { getCandidateFeedback } from "@/lib/server/evaluations/candidate-feedback";
import { v1Route } from "@/lib/server/http/v1-route";
import { BLIND_COOKIE } from "@/lib/server/shortlist/blind-review";

export const GET = v1Route(API_ROUTES.getCandidateFeedback, async ({ request, params }) => {
  // The reviewer's blind-review preference travels as a cookie with the app's own download link.
  const blind = request.cookies.get(BLIND_COOKIE)?.value === "1";
  const feedback = await getCandidateFeedback({ db: getDb(), evaluationId: params.evaluationId, blind });
  return new Response(feedback.markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${feedback.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
