"use client";

import { useEffect, useRef, useState } from "react";
import { type LoadedPdf, loadPdf, PdfLoadError } from "./pdf-document";
import styles from "./pdf-viewer.module.css";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const DEFAULT_ZOOM_INDEX = 2;

type RenderedPage = { page: number; width: number; height: number };

/**
 * One page of a PDF at a time, drawn on a canvas by pdf.js with a selectable text
 * layer over it; page navigation and zoom (100% = the width of the frame).
 */
export function PdfViewer({ src, label }: { src: string; label: string }) {
  const [pdf, setPdf] = useState<LoadedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoomIndex, setZoomIndex] = useState(DEFAULT_ZOOM_INDEX);
  const [rendered, setRendered] = useState<RenderedPage | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);

  // Load the document once per source.
  useEffect(() => {
    const controller = new AbortController();
    let loaded: LoadedPdf | null = null;
    setPdf(null);
    setError(null);
    setPageNumber(1);
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

  // Draw the current page (canvas at device resolution) and its text layer.
  useEffect(() => {
    const canvas = canvasRef.current;
    const textLayerDiv = textRef.current;
    const frame = frameRef.current;
    if (!pdf || !canvas || !textLayerDiv || !frame) return;
    let cancelled = false;
    let cancelWork = () => {};
    void (async () => {
      const page = await pdf.document.getPage(pageNumber);
      if (cancelled) return;
      const fitWidth = Math.max(200, frame.clientWidth - 2) / page.getViewport({ scale: 1 }).width;
      const scale = fitWidth * (ZOOM_STEPS[zoomIndex] ?? 1);
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const renderTask = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      textLayerDiv.replaceChildren();
      textLayerDiv.style.setProperty("--scale-factor", String(scale));
      const textLayer = new pdf.pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textLayerDiv, viewport });
      cancelWork = () => {
        renderTask.cancel();
        textLayer.cancel();
      };
      try {
        await Promise.all([renderTask.promise, textLayer.render()]);
        if (!cancelled) setRendered({ page: pageNumber, width: Math.floor(viewport.width), height: Math.floor(viewport.height) });
      } catch (cause) {
        if (!cancelled && !(cause instanceof Error && cause.name === "RenderingCancelledException"))
          setError("This page cannot be displayed. Download the original to open it.");
      }
    })();
    return () => {
      cancelled = true;
      cancelWork();
    };
  }, [pdf, pageNumber, zoomIndex]);

  const pageCount = pdf?.document.numPages ?? 0;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm" role="toolbar" aria-label="PDF pages and zoom">
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            className="px-2.5 py-1 text-xs"
            disabled={!pdf || pageNumber <= 1}
            onClick={() => setPageNumber((n) => Math.max(1, n - 1))}
          >
            Previous page
          </Button>
          <span aria-live="polite" className="tabular-nums text-slate-700" data-testid="pdf-page-status">
            {pdf ? `Page ${pageNumber} of ${pageCount}` : "Loading…"}
          </span>
          <Button
            variant="secondary"
            className="px-2.5 py-1 text-xs"
            disabled={!pdf || pageNumber >= pageCount}
            onClick={() => setPageNumber((n) => Math.min(pageCount, n + 1))}
          >
            Next page
          </Button>
        </div>
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            className="px-2.5 py-1 text-xs"
            aria-label="Zoom out"
            disabled={zoomIndex === 0}
            onClick={() => setZoomIndex((i) => Math.max(0, i - 1))}
          >
            −
          </Button>
          <span className="w-12 text-center tabular-nums text-slate-700">{Math.round((ZOOM_STEPS[zoomIndex] ?? 1) * 100)}%</span>
          <Button
            variant="secondary"
            className="px-2.5 py-1 text-xs"
            aria-label="Zoom in"
            disabled={zoomIndex === ZOOM_STEPS.length - 1}
            onClick={() => setZoomIndex((i) => Math.min(ZOOM_STEPS.length - 1, i + 1))}
          >
            +
          </Button>
        </div>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section
        ref={frameRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the page
        tabIndex={0}
        aria-label={`${label}, page ${pageNumber}`}
        aria-busy={rendered?.page !== pageNumber}
        className="max-h-[48rem] overflow-auto rounded-md border border-slate-200 bg-slate-100"
      >
        <div className={styles.page} style={rendered ? { width: rendered.width, height: rendered.height } : undefined}>
          <canvas ref={canvasRef} data-testid="pdf-page-canvas" data-rendered-page={rendered?.page} />
          <div ref={textRef} className={styles.textLayer} />
        </div>
      </section>
    </div>
  );
}
