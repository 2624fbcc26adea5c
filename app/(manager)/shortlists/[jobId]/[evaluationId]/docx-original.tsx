"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { loadDocxOriginalAction } from "./original-actions";

// The frame's own policy (a second wall behind the sanitiser and the sandbox): nothing
// loads from anywhere; only embedded images and this page's own styles apply.
const FRAME_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
const FRAME_STYLE =
  "body{font:14px/1.5 system-ui,sans-serif;color:#1e293b;margin:24px;overflow-wrap:anywhere}" +
  "img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{vertical-align:top;padding:2px 8px}" +
  "h1{font-size:1.5em}h2{font-size:1.25em}h3{font-size:1.1em}p{margin:0 0 .5em}";

function frameDocument(bodyHtml: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"><style>${FRAME_STYLE}</style></head><body>${bodyHtml}</body></html>`;
}

type State = { status: "loading" } | { status: "ready"; html: string } | { status: "error"; message: string };

/**
 * A DOCX resume's original: converted and sanitised on the server when first opened, and
 * shown in a frame sandboxed without scripts, same-origin access, forms, pop-ups or navigation.
 */
export function DocxOriginal({ resumeId, label }: { resumeId: string; label: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    loadDocxOriginalAction({ resumeId }).then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: "ready", html: result.data.html } : { status: "error", message: result.error.message });
      },
      () => current && setState({ status: "error", message: "The original could not be loaded. Reload the page or download the file." }),
    );
    return () => {
      current = false;
    };
  }, [resumeId]);

  if (state.status === "loading") return <p className="text-sm text-slate-600">Preparing the original…</p>;
  if (state.status === "error") return <Alert tone="error">{state.message}</Alert>;
  return (
    <iframe
      title={label}
      sandbox=""
      srcDoc={frameDocument(state.html)}
      referrerPolicy="no-referrer"
      className="h-[min(48rem,80vh)] w-full rounded-md border border-slate-200 bg-white"
      data-testid="docx-original"
    />
  );
}
