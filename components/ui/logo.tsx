/** The Gradus mark: three rising steps, the shape of a graded plan. */
export function Logo({ withName = true }: { withName?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 text-brand-700">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7" fill="currentColor">
        <rect x="2" y="14" width="6" height="8" rx="1.5" />
        <rect x="9" y="9" width="6" height="13" rx="1.5" opacity="0.85" />
        <rect x="16" y="3" width="6" height="19" rx="1.5" opacity="0.7" />
      </svg>
      {withName ? <span className="text-lg font-semibold tracking-tight text-slate-900">Gradus</span> : null}
    </span>
  );
}
