import type { EducationCard as Card } from "@/lib/domain/education";

export function EducationCard({ card }: { card: Card }) {
  return (
    <aside aria-labelledby="education-title" className="rounded-xl border border-brand-100 bg-brand-50 p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">Good to know</p>
      <h2 id="education-title" className="mt-1 text-base font-semibold">
        {card.title}
      </h2>
      <p className="mt-1 text-slate-700">{card.body}</p>
      <p className="mt-2 text-xs text-slate-600">Based on {card.source}</p>
    </aside>
  );
}
