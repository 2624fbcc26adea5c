import { getEnv } from "@/lib/env";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { assertUploadLength } from "@/lib/server/api-v1/upload-limits";
import { trackUpload } from "@/lib/server/http/uploads-in-flight";
import { v1Route } from "@/lib/server/http/v1-route";
import { auditFields } from "@/lib/server/request-actor";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { readMultipartFiles, readRawFile } from "@/lib/server/resumes/read-upload-request";

// Counted while it runs: shutdown waits for it (graceful-shutdown.ts).
export const POST = v1Route(API_ROUTES.uploadResumes, ({ request, params, actor, requestId }) =>
  trackUpload(async () => {
    const env = getEnv();
    const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
    assertUploadLength(request, { maxFileBytes: env.MAX_FILE_SIZE, maxFiles: env.MAX_FILES_PER_UPLOAD, multipart });
    const files = multipart
      ? await readMultipartFiles(request, { maxFiles: env.MAX_FILES_PER_UPLOAD, maxFileBytes: env.MAX_FILE_SIZE })
      : [await readRawFile(request, { maxFileBytes: env.MAX_FILE_SIZE })];
    const audit = auditFields(actor);
    const result = await queueResumeUploads({
      jobId: params.jobId,
      files,
      actor: { id: audit.actorId, label: audit.actorLabel ?? undefined },
      requestId,
      ip: actor.ip,
    });
    return Response.json(result, { status: 201 });
  }),
);
