"use client";

import Link from "next/link";
import { type DragEvent, useCallback, useEffect, useRef, useState } from "react";
import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { uploadCounts } from "@/components/upload-counts";
import type { EvaluationSummary } from "@/lib/schemas/evaluations";
import type { UploadFileResult, UploadResponse } from "@/lib/schemas/resumes";

type Item = {
  key: string;
  file: File;
  loaded: number;
  phase: "waiting" | "uploading" | "done" | "error";
  result?: UploadFileResult;
  error?: string;
  evaluation?: Pick<EvaluationSummary, "status" | "score" | "verdict" | "errorMessage">;
};

const PARALLEL_UPLOADS = 3;
const POLL_MS = 2000;

/** One file as the raw body of POST /api/v1/jobs/{jobId}/resumes, with XHR for upload progress events. */
function uploadOne(jobId: string, batchId: string, file: File, onProgress: (loaded: number) => void): Promise<UploadFileResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/jobs/${encodeURIComponent(jobId)}/resumes?name=${encodeURIComponent(file.name)}&batch=${batchId}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.onload = () => {
      let body: (UploadResponse & { error?: { message?: string } }) | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body?.files?.[0]) resolve(body.files[0]);
      else reject(new Error(body?.error?.message ?? `The server answered ${xhr.status}.`));
    };
    xhr.send(file);
  });
}

function resultLabel(item: Item): string {
  if (item.phase === "waiting") return "Waiting";
  if (item.phase === "uploading") return "Uploading";
  if (item.phase === "error") return "Upload failed";
  const result = item.result;
  if (!result) return "";
  if (result.status === "rejected") return "Rejected";
  if (result.status === "duplicate") return "Duplicate";
  return "Queued";
}

export function ResumeUploader({ jobId, maxFileBytes }: { jobId: string; maxFileBytes: number }) {
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const update = useCallback(
    (key: string, patch: Partial<Item>) => setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item))),
    [],
  );

  const addFiles = useCallback(
    (files: FileList | File[]) => {
      const added: Item[] = Array.from(files).map((file, i) => ({
        key: `${Date.now()}-${i}-${file.name}`,
        file,
        loaded: 0,
        phase: "waiting",
      }));
      if (added.length === 0) return;
      setItems((current) => [...current, ...added]);
      const queue = [...added];
      // One selection, one audit entry: every request of it carries the same batch id.
      const batchId = crypto.randomUUID();
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const item = next;
          update(item.key, { phase: "uploading" });
          try {
            const result = await uploadOne(jobId, batchId, item.file, (loaded) => update(item.key, { loaded }));
            update(item.key, { phase: "done", loaded: item.file.size, result });
          } catch (error) {
            update(item.key, { phase: "error", error: error instanceof Error ? error.message : "Upload failed." });
          }
        }
      };
      for (let i = 0; i < Math.min(PARALLEL_UPLOADS, added.length); i++) void worker();
    },
    [jobId, update],
  );

  // Live status: poll the job's evaluations while any uploaded file is still queued or processing.
  const polling = items.some(
    (item) =>
      item.phase === "waiting" ||
      item.phase === "uploading" ||
      (item.result && item.result.status !== "rejected" && !["completed", "failed"].includes(item.evaluation?.status ?? "")),
  );
  useEffect(() => {
    if (!polling) return;
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(`/api/v1/jobs/${encodeURIComponent(jobId)}/progress?sort=recent&limit=200`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const body: { items: EvaluationSummary[] } = await response.json();
        const byId = new Map(body.items.map((evaluation) => [evaluation.id, evaluation]));
        setItems((current) =>
          current.map((item) => {
            const id = item.result && item.result.status !== "rejected" ? item.result.evaluationId : null;
            const found = id ? byId.get(id) : undefined;
            return found
              ? {
                  ...item,
                  evaluation: { status: found.status, score: found.score, verdict: found.verdict, errorMessage: found.errorMessage },
                }
              : item;
          }),
        );
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    void tick();
    const timer = setInterval(tick, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [polling, jobId]);

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  const totalBytes = items.reduce((sum, item) => sum + item.file.size, 0);
  const loadedBytes = items.reduce((sum, item) => sum + Math.min(item.loaded, item.file.size), 0);
  const uploaded = items.filter((item) => item.phase === "done" || item.phase === "error").length;
  const counts = uploadCounts(items.map((item) => ({ phase: item.phase, result: item.result, evaluationStatus: item.evaluation?.status })));

  return (
    <div className="space-y-5">
      <label
        htmlFor="resume-files"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex min-h-36 cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm focus-within:outline focus-within:outline-2 focus-within:outline-brand-600 ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
      >
        <span className="font-medium text-slate-800">Drop resumes here</span>
        <span className="text-slate-600">
          or press to choose files · PDF, DOCX, TXT, or a scan as PNG, JPEG, TIFF · up to {Math.round(maxFileBytes / 1024 / 1024)} MB each
        </span>
        <input
          id="resume-files"
          type="file"
          multiple
          accept=".pdf,.docx,.txt,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/tiff"
          className="sr-only"
          onChange={(event) => {
            if (event.target.files) addFiles(event.target.files);
            event.target.value = "";
          }}
        />
      </label>

      {items.length > 0 ? (
        <section aria-label="Upload progress" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>
              Uploaded {uploaded} of {items.length} files
            </span>
            <span data-testid="upload-summary" className="tabular-nums text-slate-700">
              {counts.uploading ? `${counts.uploading} uploading · ` : ""}
              {counts.queued} queued · {counts.duplicate} duplicate · {counts.rejected} rejected · {counts.completed} completed ·{" "}
              {counts.failed} failed
            </span>
          </div>
          <Progress value={loadedBytes} max={totalBytes || 1} label="Overall upload progress" />
          <ul className="divide-y divide-slate-100">
            {items.map((item) => (
              <li
                key={item.key}
                className="grid min-h-14 grid-cols-1 items-center gap-x-4 gap-y-1 py-2 text-sm sm:grid-cols-[minmax(0,1fr)_10rem_14rem]"
                data-testid="upload-row"
              >
                <div className="min-w-0">
                  <p className="truncate font-medium" title={item.file.name}>
                    {item.file.name}
                  </p>
                  {item.result?.status === "rejected" ? <p className="text-red-700">{item.result.error.message}</p> : null}
                  {item.phase === "error" ? <p className="text-red-700">{item.error}</p> : null}
                  {item.result?.status === "duplicate" ? (
                    <p className="text-slate-600">Already uploaded to this job; the existing result is kept.</p>
                  ) : null}
                  {item.evaluation?.status === "failed" ? <p className="text-red-700">{item.evaluation.errorMessage}</p> : null}
                </div>
                <Progress value={item.loaded} max={item.file.size || 1} label={`Upload of ${item.file.name}`} />
                <div className="flex items-center gap-2">
                  <span className="w-20">{resultLabel(item)}</span>
                  {item.evaluation ? <StatusBadge status={item.evaluation.status} /> : null}
                  {item.evaluation?.status === "completed" && item.evaluation.score !== null ? (
                    <span className="flex items-center gap-1 tabular-nums">
                      {item.evaluation.score.toFixed(0)} <VerdictBadge verdict={item.evaluation.verdict} />
                    </span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => setItems([])}
              disabled={items.some((item) => item.phase === "uploading" || item.phase === "waiting")}
            >
              Clear list
            </Button>
            <Link href={`/jobs/${jobId}`} className="self-center text-sm text-brand-700 underline">
              Open the job dashboard
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  );
}
