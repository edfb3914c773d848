export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">Loading patients…</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-14 animate-pulse rounded-lg bg-slate-200/70" />
      ))}
    </div>
  );
}
