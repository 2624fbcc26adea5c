import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { getResume } from "@/lib/server/api-v1/get-resume";
import { v1Route } from "@/lib/server/http/v1-route";
import { eraseResume } from "@/lib/server/privacy/erase-resume";
import { getStorage } from "@/lib/server/storage/get-storage";

export const GET = v1Route(API_ROUTES.getResume, async ({ params }) =>
  Response.json({ resume: await getResume({ db: getDb(), resumeId: params.resumeId }) }),
);

export const DELETE = v1Route(API_ROUTES.eraseResume, async ({ params, actor }) =>
  Response.json(await eraseResume({ db: getDb(), storage: getStorage(), actor, resumeId: params.resumeId })),
);
