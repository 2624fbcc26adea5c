"use client";

import { type DragEvent, useState } from "react";
import { Button } from "@/components/ui/button";

/** The job description as a file: dropped on the zone, or chosen with the file picker. */
export function JdFileDrop({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) {
  const [dragging, setDragging] = useState(false);
  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onChange(dropped);
  }
  return (
    <div className="space-y-1">
      <span className="block text-sm font-medium text-slate-800" id="jd-file-label">
        Or a job description file
      </span>
      <label
        htmlFor="jd-file"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex h-[calc(100%-1.75rem)] min-h-40 cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
      >
        <span className="font-medium text-slate-800">{file ? file.name : "Drop a PDF, DOCX or TXT here"}</span>
        <span className="text-slate-600">{file ? `${Math.ceil(file.size / 1024)} KB` : "or press to choose a file"}</span>
        <input
          id="jd-file"
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="sr-only"
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      </label>
      {file ? (
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => onChange(null)}>
          Remove file
        </Button>
      ) : null}
    </div>
  );
}
