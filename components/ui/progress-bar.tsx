/**
 * A labelled progress bar (0-1), exposed to assistive technology as a progressbar with a text value. A null
 * value means the starting point is unknown: an empty dashed track, never a made-up fill.
 */
export function ProgressBar({ value, label, text }: { value: number | null; label: string; text: string }) {
  if (value === null)
    return (
      <div
        role="progressbar"
        aria-label={label}
        aria-valuetext={text}
        className="h-2.5 w-full rounded-full border border-dashed border-slate-400"
      />
    );
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
    </div>
  );
}
