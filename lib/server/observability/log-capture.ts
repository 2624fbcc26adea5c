import { Writable } from "node:stream";
import { createLogger, setProcessLogger } from "./logger";

// For tests: the process logger's lines (getLogger, requestLogger,
// evaluationLogger) parsed into an array instead of written to stdout, through
// the real logger (levels, redaction, child bindings).

export type LogLine = Record<string, unknown> & { msg?: string; requestId?: string; evaluationId?: string };

export function captureProcessLogs(level = "debug"): { lines: LogLine[]; restore: () => void } {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  setProcessLogger(createLogger({ level, destination }));
  return { lines, restore: () => setProcessLogger(undefined) };
}
