/** Years of experience for a table cell; an estimate (no dated role on the resume) is marked as such. */
export function YearsValue({ years, estimated }: { years: number | null; estimated: boolean }) {
  if (years === null) return <>—</>;
  if (!estimated) return <>{years.toFixed(1)}</>;
  return (
    <span title="Estimated: no role on the resume is dated">
      ≈{years.toFixed(1)} <span className="text-xs text-slate-500">est.</span>
    </span>
  );
}
