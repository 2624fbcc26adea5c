import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { fileResponse } from "@/lib/server/http/file-response";
import { v1Route } from "@/lib/server/http/v1-route";
import { getResumeFile } from "@/lib/server/resumes/get-resume-file";
import { getStorage } from "@/lib/server/storage/get-storage";

export const GET = v1Route(API_ROUTES.getResumeFile, async ({ params, query }) =>
  fileResponse(await getResumeFile({ db: getDb(), storage: getStorage(), resumeId: params.resumeId }), {
    disposition: query.disposition,
  }),
);
