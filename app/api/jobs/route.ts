import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AREA_ROLES } from "@/lib/schemas/access";
import { createJobBodySchema, createJobFormFieldsSchema } from "@/lib/schemas/jobs";
import { uploadFileNameSchema } from "@/lib/schemas/resumes";
import { withAuth } from "@/lib/server/http/route-handler";
import { createJob } from "@/lib/server/jobs/create-job";
import { listJobs } from "@/lib/server/jobs/list-jobs";
import { readMultipart } from "@/lib/server/http/read-multipart";
import { getStorage } from "@/lib/server/storage/get-storage";
import { AppError } from "@/lib/errors";

export const GET = withAuth(async () => Response.json({ jobs: await listJobs({ db: getDb() }) }), { roles: AREA_ROLES.reviewing });

/** JSON `{ title?, text, location? }`, or multipart with a `file` (PDF/DOCX/TXT) and optional `title`. 201 with the parsed requirements. */
export const POST = withAuth(
  async ({ request, user, requestId }) => {
    const env = getEnv();
    const limits = { maxFileBytes: env.MAX_FILE_SIZE, maxPdfPages: env.MAX_PDF_PAGES };
    const common = { db: getDb(), storage: getStorage(), ownerId: user.id, limits, requestId };
    const contentType = request.headers.get("content-type") ?? "";
    let job: Awaited<ReturnType<typeof createJob>>;
    if (contentType.startsWith("multipart/form-data")) {
      const form = await readMultipart(request, { maxFiles: 1, maxFileBytes: env.MAX_FILE_SIZE });
      const file = form.files.find((part) => part.fieldName === "file");
      if (!file) throw new AppError("BAD_REQUEST", "Attach the job description as the `file` field.");
      const fields = createJobFormFieldsSchema.parse({ title: form.fields.title, location: form.fields.location });
      job = await createJob({ ...common, ...fields, file: { name: uploadFileNameSchema.parse(file.name), bytes: file.bytes } });
    } else {
      const body = createJobBodySchema.parse(await request.json().catch(() => ({})));
      job = await createJob({ ...common, ...body });
    }
    return Response.json({ job }, { status: 201 });
  },
  { roles: AREA_ROLES.recruiting },
);
