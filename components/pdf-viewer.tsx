"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
import { type LoadedPdf, loadPdf, PdfLoadError } from "./pdf-document";
import styles from "./pdf-viewer.module.css";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const DEFAULT_ZOOM_INDEX = 2;
const SMALL_BUTTON = "px-2.5 py-1 text-xs";

type RenderedPage = { page: number; width: number; height: number };
type PageTarget = { frame: HTMLElement; canvas: HTMLCanvasElement; textLayer: HTMLDivElement };

/** Loads the document once per source; `error` is a message for the reader. */
function usePdfDocument(src: string): { pdf: LoadedPdf | null; error: string | null; setError: (message: string) => void } {
  const [pdf, setPdf] = useState<LoadedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let loaded: LoadedPdf | null = null;
    setPdf(null);
    setError(null);
    loadPdf(src, controller.signal).then(
      (result) => {
        loaded = result;
        setPdf(result);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof PdfLoadError ? cause.message : "The original could not be loaded. Reload the page or download the file.");
      },
    );
    return () => {
      controller.abort();
      void loaded?.document.destroy();
    };
  }, [src]);
  return { pdf, error, setError };
}

/**
 * Draws one page on the canvas at device resolution (zoom 1 = the frame's width) and lays
 * pdf.js's text layer over it. Returns a cancel function and the drawing's completion.
 */
function drawPage(pdf: LoadedPdf, pageNumber: number, zoom: number, target: PageTarget) {
  let cancelled = false;
  let cancelWork = () => {};
  const done = (async (): Promise<RenderedPage | null> => {
    const page = await pdf.document.getPage(pageNumber);
    if (cancelled) return null;
    const scale = (Math.max(200, target.frame.clientWidth - 2) / page.getViewport({ scale: 1 }).width) * zoom;
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const { canvas, textLayer: container } = target;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    const renderTask = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    container.replaceChildren();
    container.style.setProperty("--scale-factor", String(scale));
    const textLayer = new pdf.pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container, viewport });
    cancelWork = () => {
      renderTask.cancel();
      textLayer.cancel();
    };
    try {
      await Promise.all([renderTask.promise, textLayer.render()]);
    } catch (cause) {
      // A cancelled drawing rejects (RenderingCancelledException, AbortException): not an error to show.
      if (cancelled) return null;
      throw cause;
    }
    return cancelled ? null : { page: pageNumber, width: Math.floor(viewport.width), height: Math.floor(viewport.height) };
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      cancelWork();
    },
  };
}

/**
 * The frame's inner width, followed as it changes (a phone turned, the window resized, the
 * viewer put beside the text): 0 while the frame is hidden, when there is nothing to fit.
 */
function useFrameWidth(frame: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame]);
  return width;
}

function useRenderedPage(
  pdf: LoadedPdf | null,
  pageNumber: number,
  zoom: number,
  refs: { frame: RefObject<HTMLElement | null>; canvas: RefObject<HTMLCanvasElement | null>; textLayer: RefObject<HTMLDivElement | null> },
  onError: (message: string) => void,
): RenderedPage | null {
  const [rendered, setRendered] = useState<RenderedPage | null>(null);
  // Zoom 100% fits the page to the frame, so a new width draws the page again.
  const frameWidth = useFrameWidth(refs.frame);
  useEffect(() => {
    const [frame, canvas, textLayer] = [refs.frame.current, refs.canvas.current, refs.textLayer.current];
    if (!pdf || !frame || !canvas || !textLayer || frameWidth === 0) return;
    const drawing = drawPage(pdf, pageNumber, zoom, { frame, canvas, textLayer });
    drawing.done.then(
      (result) => {
        if (result) setRendered(result);
      },
      () => onError("This page cannot be displayed. Download the original to open it."),
    );
    return drawing.cancel;
  }, [pdf, pageNumber, zoom, refs, onError, frameWidth]);
  return rendered;
}

function PdfToolbar(props: {
  pageNumber: number;
  pageCount: number | null;
  zoomIndex: number;
  onPage: (page: number) => void;
  onZoom: (index: number) => void;
}) {
  const { pageNumber, pageCount, zoomIndex } = props;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-sm" role="toolbar" aria-label="PDF pages and zoom">
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          className={SMALL_BUTTON}
          disabled={!pageCount || pageNumber <= 1}
          onClick={() => props.onPage(pageNumber - 1)}
        >
          Previous page
        </Button>
        <span aria-live="polite" className="tabular-nums text-slate-700" data-testid="pdf-page-status">
          {pageCount ? `Page ${pageNumber} of ${pageCount}` : "Loading…"}
        </span>
        <Button
          variant="secondary"
          className={SMALL_BUTTON}
          disabled={!pageCount || pageNumber >= pageCount}
          onClick={() => props.onPage(pageNumber + 1)}
        >
          Next page
        </Button>
      </div>
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          className={SMALL_BUTTON}
          aria-label="Zoom out"
          disabled={zoomIndex === 0}
          onClick={() => props.onZoom(zoomIndex - 1)}
        >
          −
        </Button>
        <span className="w-12 text-center tabular-nums text-slate-700">{Math.round((ZOOM_STEPS[zoomIndex] ?? 1) * 100)}%</span>
        <Button
          variant="secondary"
          className={SMALL_BUTTON}
          aria-label="Zoom in"
          disabled={zoomIndex === ZOOM_STEPS.length - 1}
          onClick={() => props.onZoom(zoomIndex + 1)}
        >
          +
        </Button>
      </div>
    </div>
  );
}

/**
 * One page of a PDF at a time, drawn on a canvas by pdf.js with a selectable text
 * layer over it; page navigation and zoom (100% = the width of the frame). Give it a `key`
 * of its source when the source can change, so the page number starts again at 1.
 */
export function PdfViewer({ src, label }: { src: string; label: string }) {
  const { pdf, error, setError } = usePdfDocument(src);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoomIndex, setZoomIndex] = useState(DEFAULT_ZOOM_INDEX);
  const frame = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const [refs] = useState(() => ({ frame, canvas, textLayer }));
  const rendered = useRenderedPage(pdf, pageNumber, ZOOM_STEPS[zoomIndex] ?? 1, refs, setError);
  const pageCount = pdf?.document.numPages ?? null;

  return (
    <div className="space-y-3">
      <PdfToolbar
        pageNumber={pageNumber}
        pageCount={pageCount}
        zoomIndex={zoomIndex}
        onPage={(page) => setPageNumber(Math.min(Math.max(1, page), pageCount ?? 1))}
        onZoom={(index) => setZoomIndex(Math.min(Math.max(0, index), ZOOM_STEPS.length - 1))}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section
        ref={frame}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the page
        tabIndex={0}
        aria-label={`${label}, page ${pageNumber}`}
        aria-busy={rendered?.page !== pageNumber}
        // A steady scrollbar gutter keeps the width the page is fitted to from changing with the scrollbar.
        className="max-h-[min(48rem,80vh)] overflow-auto rounded-md border border-slate-200 bg-slate-100 [scrollbar-gutter:stable]"
      >
        <div className={styles.page} style={rendered ? { width: rendered.width, height: rendered.height } : undefined}>
          <canvas ref={canvas} data-testid="pdf-page-canvas" data-rendered-page={rendered?.page} />
          <div ref={textLayer} className={styles.textLayer} />
        </div>
      </section>
    </div>
  );
}
