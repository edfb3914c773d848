import Link from "next/link";

export type TriageView = "all" | "attention" | "mine" | "discharged";

const views: { value: TriageView; label: string }[] = [
  { value: "attention", label: "Needs attention" },
  { value: "mine", label: "My patients" },
  { value: "all", label: "All in care" },
  { value: "discharged", label: "Discharged" },
];

/** Filter links and a name search; plain links and a GET form, so they work without JavaScript. */
export function TriageFilters({
  view,
  query,
  counts,
}: {
  view: TriageView;
  query: string;
  counts: Record<TriageView, number>;
}) {
  const href = (v: TriageView) => `/patients?view=${v}${query ? `&q=${encodeURIComponent(query)}` : ""}`;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Filter patients" className="flex gap-1 rounded-lg bg-slate-100 p-1">
        {views.map((v) => (
          <Link
            key={v.value}
            href={href(v.value)}
            aria-current={view === v.value ? "page" : undefined}
            className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 aria-[current=page]:bg-white aria-[current=page]:text-slate-900 aria-[current=page]:shadow-sm"
          >
            {v.label} <span className="text-slate-500">({counts[v.value]})</span>
          </Link>
        ))}
      </nav>
      <form role="search" action="/patients" className="flex gap-2">
        <input type="hidden" name="view" value={view} />
        <label htmlFor="patient-search" className="sr-only">
          Search by name
        </label>
        <input
          id="patient-search"
          name="q"
          defaultValue={query}
          placeholder="Search by name"
          className="min-h-10 w-56 rounded-lg border border-slate-300 bg-white px-3 text-sm"
        />
        <button
          type="submit"
          className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold hover:bg-slate-100"
        >
          Search
        </button>
      </form>
    </div>
  );
}
