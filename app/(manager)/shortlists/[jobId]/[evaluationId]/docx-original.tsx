import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getDocxOriginalHtml } from "@/lib/server/resumes/get-original-view";
import { getStorage } from "@/lib/server/storage/get-storage";

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

/**
 * A DOCX resume's original, converted and sanitised on the server and shown in a frame
 * sandboxed without scripts, same-origin access, forms, pop-ups or navigation.
 */
export async function DocxOriginal({ resumeId, label }: { resumeId: string; label: string }) {
  let html: string;
  try {
    html = await getDocxOriginalHtml({ db: getDb(), storage: getStorage(), resumeId });
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return <Alert tone="error">{error.userMessage}</Alert>;
    throw error;
  }
  return (
    <iframe
      title={label}
      sandbox=""
      srcDoc={frameDocument(html)}
      referrerPolicy="no-referrer"
      className="h-[48rem] w-full rounded-md border border-slate-200 bg-white"
      data-testid="docx-original"
    />
  );
}
