/** A titled block of the printed summary; kept on one page where it fits. */
export function SummarySection({
  title,
  children,
  className = "",
}: {
  title: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section className={`break-inside-avoid ${className}`}>
      <h2 className="border-b border-slate-300 pb-0.5 text-sm font-semibold uppercase tracking-wide text-slate-700">
        {title}
      </h2>
      <div className="mt-1.5">{children}</div>
    </section>
  );
}

export const cell = "py-0.5 pr-3 align-top";
export const headCell = "py-0.5 pr-3 text-left font-medium text-slate-600";
