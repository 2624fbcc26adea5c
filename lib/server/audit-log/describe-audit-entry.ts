import { z } from "zod";
import { auditTargetKey } from "@/lib/server/audit-log/describe-audit-targets";
import { UPLOAD_AUDIT_ACTION } from "@/lib/server/resumes/upload-audit-action";

type Entry = { action: string; targetType: string | null; targetId: string | null; metadata: unknown };

const SHOWN_FILE_NAMES = 5;

// Older entries carry only the counts; they keep the plain rendering.
const uploadBatchSchema = z.object({
  summary: z.object({ queued: z.number(), duplicate: z.number(), rejected: z.number() }),
  files: z.array(z.object({ name: z.string(), status: z.string(), code: z.string().optional() })).min(1),
});

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The Target and Details cells of one audit row. `names` is what
 * describeAuditTargets returned; an upload batch reads as the job, how many
 * files and which, and its outcome counts instead of its raw metadata.
 */
export function describeAuditEntry(entry: Entry, names: Map<string, string>): { target: string; details: string } {
  const target = entry.targetType ? (names.get(auditTargetKey(entry)) ?? `${entry.targetType} ${entry.targetId ?? ""}`) : "—";
  const batch = entry.action === UPLOAD_AUDIT_ACTION ? uploadBatchSchema.safeParse(entry.metadata) : null;
  if (!batch?.success) return { target, details: entry.metadata ? JSON.stringify(entry.metadata) : "" };
  const { files, summary } = batch.data;
  const shown = files.slice(0, SHOWN_FILE_NAMES).map((file) => file.name);
  const more = files.length > shown.length ? `, and ${files.length - shown.length} more` : "";
  const rejected = files.filter((file) => file.status === "rejected").map((file) => `${file.name}: ${file.code ?? "rejected"}`);
  return {
    target: `${target}: ${plural(files.length, "file")} — ${shown.join(", ")}${more}`,
    details: `${summary.queued} queued · ${summary.duplicate} duplicate · ${summary.rejected} rejected${rejected.length > 0 ? ` (${rejected.join("; ")})` : ""}`,
  };
}
