import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A table frame. Below 640 px each row becomes a card (see `.table-cards` in
 * globals.css): cells stack and show their column name from `label`. `relative` makes
 * the frame the containing block of visually hidden (absolutely positioned) labels
 * inside cells, which would otherwise escape it and widen the page.
 */
export function Table({ caption, children, className = "" }: { caption?: string; children: ReactNode; className?: string }) {
  return (
    <div className={`table-cards relative overflow-x-auto rounded-lg border border-slate-200 bg-white ${className}`}>
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

/** A cell; `label` is the column name the cell shows when its row is a card on a phone. */
export function Td({ className = "", label, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`} data-label={label} {...props} />;
}
