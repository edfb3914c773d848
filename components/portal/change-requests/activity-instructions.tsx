import { formatAmount, type Unit } from "@/lib/domain/graded-activity/units";

type Activity = {
  key: string;
  name: string;
  unit: Unit;
  quota: number | null;
  instructions: string;
  videoUrl: string | null;
};

/** How to do each activity, beside today's target, with the clinic's video when there is one. */
export function ActivityInstructions({ activities }: { activities: Activity[] }) {
  const shown = activities.filter((a) => a.instructions || a.videoUrl);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="how-to-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="how-to-heading" className="font-semibold">
        How to do your activities
      </h2>
      <ul className="mt-3 flex flex-col gap-4">
        {shown.map((a) => (
          <li key={a.key}>
            <p className="font-medium">
              {a.name}
              {a.quota !== null ? (
                <span className="font-normal text-slate-700"> · today {formatAmount(a.quota, a.unit)}</span>
              ) : null}
            </p>
            {a.instructions ? <p className="mt-1 text-slate-700">{a.instructions}</p> : null}
            {a.videoUrl ? (
              <a
                href={a.videoUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-800 underline"
              >
                Watch how to do {a.name.toLowerCase()}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
