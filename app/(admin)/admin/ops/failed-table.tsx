"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formatDateTime } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import type { FailedEvaluationRow } from "@/lib/server/ops/get-ops-overview";
import { retryEvaluationsAction } from "./actions";

/**
 * Failed evaluations with retry one / selected / all of a job. Stays mounted when the
 * list empties, so the confirmation of a retry survives the refresh that removes its row.
 */
export function FailedTable({ rows }: { rows: FailedEvaluationRow[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(body: { evaluationIds: string[] } | { jobId: string }) {
    setMessage(null);
    startTransition(async () => {
      const result = await retryEvaluationsAction(body);
      if (!result.ok) setMessage({ tone: "error", text: result.error.message });
      else {
        setMessage({
          tone: "success",
          text: `${result.data.retried} ${result.data.retried === 1 ? "evaluation" : "evaluations"} queued again.`,
        });
        setSelected(new Set());
        router.refresh();
      }
    });
  }

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  const jobs = [...new Map(rows.map((row) => [row.jobId, row.jobTitle])).entries()];
  if (rows.length === 0) {
    return (
      <div className="space-y-3">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <EmptyState title="No failed evaluations">Every evaluation completed or is still on its way.</EmptyState>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" disabled={pending || selected.size === 0} onClick={() => run({ evaluationIds: [...selected] })}>
          Retry selected ({selected.size})
        </Button>
        {jobs.map(([jobId, title]) => (
          <Button key={jobId} variant="ghost" disabled={pending} onClick={() => run({ jobId })}>
            Retry all failed of “{title}”
          </Button>
        ))}
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Table caption="Failed evaluations">
        <THead>
          <tr>
            <Th>
              <span className="sr-only">Select</span>
            </Th>
            <Th>Job</Th>
            <Th>File</Th>
            <Th>Stage</Th>
            <Th>Error</Th>
            <Th className="text-right">Attempts</Th>
            <Th>Time</Th>
            <Th>
              <span className="sr-only">Retry</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <tr key={row.evaluationId} data-testid="failed-row">
              <Td>
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  checked={selected.has(row.evaluationId)}
                  onChange={() => toggle(row.evaluationId)}
                  aria-label={`Select ${row.fileName}`}
                />
              </Td>
              <Td label="Job" className="min-w-32">
                {row.jobTitle}
              </Td>
              <Td label="File" className="max-w-48 truncate max-sm:max-w-none" title={row.fileName}>
                {row.fileName}
              </Td>
              <Td label="Stage">
                <Badge tone="danger">{row.failedStage ?? "unknown"}</Badge>
              </Td>
              <Td label="Error" className="min-w-56 max-sm:min-w-0">
                {row.errorMessage ?? "No message"}
                {row.errorCode ? <span className="ml-1 text-xs text-slate-500">({row.errorCode})</span> : null}
              </Td>
              <Td label="Attempts" className="text-right tabular-nums max-sm:text-left">
                {row.attempts}
              </Td>
              <Td label="Time" className="whitespace-nowrap text-slate-600">
                {formatDateTime(row.failedAt)}
              </Td>
              <Td>
                <Button
                  variant="secondary"
                  className="px-2.5 py-1 text-xs"
                  disabled={pending}
                  onClick={() => run({ evaluationIds: [row.evaluationId] })}
                  aria-label={`Retry ${row.fileName}`}
                >
                  Retry
                </Button>
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
