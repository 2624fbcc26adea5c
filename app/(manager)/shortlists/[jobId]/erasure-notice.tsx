import { countLabel } from "@/components/count-label";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/db";
import { idSchema } from "@/lib/schemas/api-v1";
import type { SessionUser } from "@/lib/server/auth/session";
import { getErasureNotice } from "@/lib/server/privacy/get-erasure-notice";

/**
 * The confirmation after "Erase candidate" (`?erased=<resumeId>`): what was
 * removed, as recorded in the audit log for this user's erasure. Nothing for
 * anyone else or for an id that was not erased.
 */
export async function ErasureNotice({ user, erased }: { user: SessionUser; erased: string | undefined }) {
  const resumeId = idSchema.safeParse(erased);
  if (!resumeId.success) return null;
  const notice = await getErasureNotice({ db: getDb(), resumeId: resumeId.data, actorId: user.id });
  if (!notice) return null;
  return (
    <div className="mb-4">
      <Alert tone="success">
        Candidate erased: {countLabel(notice.evaluationsDeleted, "evaluation")} and {countLabel(notice.decisionsDeleted, "decision")}{" "}
        removed.
      </Alert>
    </div>
  );
}
