import { type Highlight, HighlightedText } from "@/components/highlighted-text";
import { PdfViewer } from "@/components/pdf-viewer";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/lib/db";
import { getOriginalKind } from "@/lib/server/resumes/get-original-view";
import { DocumentToggle } from "./document-toggle";
import { DocxOriginal } from "./docx-original";

/**
 * The resume on the candidate page: the extracted text with the evidence highlighted and,
 * behind a toggle or side by side with it on wide screens, the original document (PDF drawn
 * by pdf.js, DOCX as sanitised HTML, a PNG or JPEG scan as an image). In blind review only the redacted text is shown: no original, no download, and
 * the file routes refuse the bytes to a request carrying the blind-review cookie.
 */
export async function DocumentView(props: {
  resumeId: string;
  userId: string;
  blind: boolean;
  /** Already redacted by the page in blind review. */
  text: string | null;
  highlights: Highlight[];
  /** Where the original is downloaded (an attachment). */
  downloadHref: string;
  /** Where the PDF viewer fetches the original (shown inline). */
  viewerHref: string;
  fileName: string;
}) {
  const textView = props.text ? (
    <HighlightedText text={props.text} highlights={props.highlights} />
  ) : (
    <p className="text-sm text-slate-600">No text was extracted from this file.</p>
  );
  if (props.blind) {
    return (
      <Card
        title="Resume text"
        actions={<span className="text-xs text-slate-600">Turn blind review off to see or download the original.</span>}
      >
        {textView}
      </Card>
    );
  }
  const kind = await getOriginalKind({ db: getDb(), resumeId: props.resumeId });
  const download = (
    <a href={props.downloadHref} className={buttonClasses("secondary", "px-2.5 py-1 text-xs")}>
      Download original
    </a>
  );
  const label = `Original resume: ${props.fileName}`;
  const original =
    kind === "pdf" ? (
      <PdfViewer src={props.viewerHref} label={label} />
    ) : kind === "image" ? (
      // Scrolls within its own frame, as the PDF does, so side by side the text beside it stays put.
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the scan
        tabIndex={0}
        aria-label={label}
        className="max-h-[min(48rem,80vh)] overflow-auto rounded-md border border-slate-200"
      >
        {/* biome-ignore lint/performance/noImgElement: the stored scan itself, served by the authorized file route */}
        <img src={props.viewerHref} alt={label} className="max-w-full" />
      </section>
    ) : kind === "docx" ? (
      <DocxOriginal resumeId={props.resumeId} label={label} />
    ) : null;
  const note =
    kind === "text"
      ? "This resume is a plain-text file: the text below is the original."
      : kind === "download-only"
        ? "This file type cannot be shown in the page: download the original to open it."
        : null;
  return (
    <Card title="Resume" actions={download}>
      {original ? (
        <DocumentToggle userId={props.userId} textView={textView} originalView={original} />
      ) : (
        <div className="space-y-3">
          {note ? <p className="text-sm text-slate-600">{note}</p> : null}
          {textView}
        </div>
      )}
    </Card>
  );
}
