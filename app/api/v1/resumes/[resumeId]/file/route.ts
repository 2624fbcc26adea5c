import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { fileResponse } from "@/lib/server/http/file-response";
import { v1Route } from "@/lib/server/http/v1-route";
import { getResumeFile } from "@/lib/server/resumes/get-resume-file";
import { isBlindReviewRequest } from "@/lib/server/shortlist/blind-review";
import { getStorage } from "@/lib/server/storage/get-storage";

export const GET = v1Route(API_ROUTES.getResumeFile, async ({ request, params, query }) => {
  // Blind review hides names, photos and places; the original shows them all.
  if (isBlindReviewRequest(request))
    throw new AppError("FORBIDDEN", "Blind review is on, so the original file is hidden. Turn blind review off to see or download it.");
  return fileResponse(await getResumeFile({ db: getDb(), storage: getStorage(), resumeId: params.resumeId }), {
    disposition: query.disposition,
  });
});
