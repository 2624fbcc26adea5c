import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A scrollable table frame: wide tables scroll sideways on narrow screens instead of
 * breaking the page. `relative` makes it the containing block of visually hidden
 * (absolutely positioned) labels inside cells, which would otherwise escape the
 * scroll box and widen the page.
 */
export function Table({ caption, children, className = "" }: { caption?: string; children: ReactNode; className?: string }) {
  return (
    <div className={`relative overflow-x-auto rounded-lg border border-slate-200 bg-white ${className}`}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`whitespace-nowrap px-3 py-2 ${className}`} {...props} />;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`px-3 py-2 align-top ${className}`} {...props} />;
}
