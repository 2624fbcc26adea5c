/** What the uploader knows about one file: the upload's answer and, once polled, its evaluation's status. */
export type UploadCountInput = {
  phase: "waiting" | "uploading" | "done" | "error";
  result?: { status: "queued" | "duplicate" | "rejected" };
  evaluationStatus?: "queued" | "processing" | "completed" | "failed";
};

export type UploadCounts = {
  uploading: number;
  queued: number;
  duplicate: number;
  rejected: number;
  completed: number;
  failed: number;
};

/**
 * Every file in exactly one bucket, so the numbers add up to the files chosen: a
 * duplicate keeps the earlier result and is never also "completed"; a queued file
 * moves on to completed or failed when its evaluation ends.
 */
export function uploadCounts(items: UploadCountInput[]): UploadCounts {
  const counts: UploadCounts = { uploading: 0, queued: 0, duplicate: 0, rejected: 0, completed: 0, failed: 0 };
  for (const item of items) {
    if (item.phase === "waiting" || item.phase === "uploading") counts.uploading++;
    else if (item.phase === "error" || item.result?.status === "rejected") counts.rejected++;
    else if (item.result?.status === "duplicate") counts.duplicate++;
    else if (item.evaluationStatus === "completed") counts.completed++;
    else if (item.evaluationStatus === "failed") counts.failed++;
    else counts.queued++;
  }
  return counts;
}
