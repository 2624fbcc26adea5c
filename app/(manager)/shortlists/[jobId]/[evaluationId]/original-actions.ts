"use server";

import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { docxOriginalBodySchema } from "@/lib/schemas/resumes";
import { authorizedAction } from "@/lib/server/http/server-action";
import { getDocxOriginalHtml } from "@/lib/server/resumes/get-original-view";
import { isBlindReview } from "@/lib/server/shortlist/blind-review";
import { getStorage } from "@/lib/server/storage/get-storage";

/** A DOCX original as sanitised HTML, converted only when the reviewer opens it; refused in blind review. */
export const loadDocxOriginalAction = authorizedAction(
  { schema: docxOriginalBodySchema, roles: AREA_ROLES.reviewing },
  async ({ resumeId }) => ({
    html: await getDocxOriginalHtml({ db: getDb(), storage: getStorage(), resumeId, blind: await isBlindReview() }),
  }),
);
