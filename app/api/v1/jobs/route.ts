import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { createJobBodySchema, createJobFormFieldsSchema } from "@/lib/schemas/jobs";
import { uploadFileNameSchema } from "@/lib/schemas/resumes";
import { listJobsPage } from "@/lib/server/api-v1/list-jobs-page";
import { assertUploadLength } from "@/lib/server/api-v1/upload-limits";
import { readMultipart } from "@/lib/server/http/read-multipart";
import { readJsonBody, v1Route } from "@/lib/server/http/v1-route";
import { createJob } from "@/lib/server/jobs/create-job";
import { getStorage } from "@/lib/server/storage/get-storage";

export const GET = v1Route(API_ROUTES.listJobs, async ({ query }) => Response.json(await listJobsPage({ db: getDb(), query })));

export const POST = v1Route(API_ROUTES.createJob, async ({ request, actor, requestId }) => {
  const env = getEnv();
  const limits = { maxFileBytes: env.MAX_FILE_SIZE, maxPdfPages: env.MAX_PDF_PAGES };
  const common = { db: getDb(), storage: getStorage(), ownerId: actor.user.id, limits, requestId };
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    assertUploadLength(request, { maxFileBytes: env.MAX_FILE_SIZE, maxFiles: 1, multipart: true });
    const form = await readMultipart(request, { maxFiles: 1, maxFileBytes: env.MAX_FILE_SIZE });
    const file = form.files.find((part) => part.fieldName === "file");
    if (!file) throw new AppError("BAD_REQUEST", "Attach the job description as the `file` field.");
    const fields = createJobFormFieldsSchema.parse({ title: form.fields.title, location: form.fields.location });
    const job = await createJob({ ...common, ...fields, file: { name: uploadFileNameSchema.parse(file.name), bytes: file.bytes } });
    return Response.json({ job }, { status: 201 });
  }
  const body = createJobBodySchema.parse(await readJsonBody(request));
  return Response.json({ job: await createJob({ ...common, ...body }) }, { status: 201 });
});
