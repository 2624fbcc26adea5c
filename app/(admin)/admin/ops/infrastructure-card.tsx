import { formatBytes, formatMs } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Metric } from "@/components/ui/metric";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { DISK_THRESHOLDS } from "@/lib/schemas/ops";
import { type Infrastructure, LONG_RUNNING_MS } from "@/lib/server/ops/get-infrastructure";

const TONE = { ok: "text-slate-900", warning: "text-amber-700", critical: "text-red-700" } as const;

/** Disk, stored files, database size, connections and slow queries: the runbook's infrastructure checks. */
export function InfrastructureCard({ infra }: { infra: Infrastructure }) {
  const { disk, database } = infra;
  const connectionShare = database.connections.max ? Math.round((database.connections.total / database.connections.max) * 100) : 0;
  return (
    <Card title="Infrastructure">
      <div className="space-y-4">
        {disk.level !== "ok" ? (
          <Alert tone={disk.level === "critical" ? "error" : "warning"}>
            The storage volume is {disk.usedPercent}% full ({formatBytes(disk.freeBytes)} free; warning at {DISK_THRESHOLDS.warning}%,
            critical at {DISK_THRESHOLDS.critical}%). Run <code>npm run cleanup-files</code> to remove orphaned files, set{" "}
            <code>RETENTION_DAYS</code> to erase resumes of long-closed jobs, or grow the volume.
          </Alert>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="Infrastructure">
          <Metric
            label="Storage disk used"
            value={`${disk.usedPercent}%`}
            note={`${formatBytes(disk.freeBytes)} free of ${formatBytes(disk.totalBytes)}`}
            tone={TONE[disk.level]}
          />
          <Metric label="Stored files" value={String(infra.storedFiles.count)} note={formatBytes(infra.storedFiles.bytes)} />
          <Metric label="Database size" value={formatBytes(database.sizeBytes)} />
          <Metric
            label="Database connections"
            value={`${database.connections.total} / ${database.connections.max}`}
            note={`${database.connections.active} active · ${database.connections.idleInTransaction} idle in transaction`}
            tone={connectionShare >= 90 ? TONE.critical : connectionShare >= 80 ? TONE.warning : TONE.ok}
          />
        </dl>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Queries running longer than {formatMs(LONG_RUNNING_MS)}</h3>
          {database.longRunning.length === 0 ? (
            <p className="text-sm text-slate-600">None right now.</p>
          ) : (
            <Table caption="Long-running database queries">
              <THead>
                <tr>
                  <Th>PID</Th>
                  <Th>Running for</Th>
                  <Th>State</Th>
                  <Th>Waiting on</Th>
                  <Th>Query</Th>
                </tr>
              </THead>
              <TBody>
                {database.longRunning.map((query) => (
                  <tr key={query.pid}>
                    <Td className="tabular-nums">{query.pid}</Td>
                    <Td className="tabular-nums">{formatMs(query.durationMs)}</Td>
                    <Td>{query.state}</Td>
                    <Td>{query.waitEvent ?? "—"}</Td>
                    <Td className="font-mono text-xs">{query.query}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </div>
      </div>
    </Card>
  );
}
