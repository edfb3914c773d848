/**
 * What a streamed section shows until its data arrives (a Suspense fallback): a sentence assistive technology
 * announces, and a pale placeholder of about the section's height so the page does not jump much.
 */
export function SectionLoading({ label, lines = 2 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">{label}</p>
      {Array.from({ length: lines }, (_, i) => (
        <div
          key={i}
          aria-hidden="true"
          className="h-6 animate-pulse rounded bg-slate-200/70 motion-reduce:animate-none"
        />
      ))}
    </div>
  );
}
