import { ProgressBar } from "@/components/ui/progress-bar";
import { goalNowWords, goalTargetWords, type GoalActivity } from "@/lib/outcomes/goal-words";
import type { GoalView } from "@/lib/outcomes/outcome-views";

/** The patient's goals with progress; a goal they have not agreed yet has a button to agree. */
export function MyGoals({
  goals,
  activities,
  agree,
}: {
  goals: GoalView[];
  activities: GoalActivity[];
  agree: (goalId: string) => () => Promise<void>;
}) {
  const shown = goals.filter((g) => g.status !== "stopped");
  if (shown.length === 0)
    return <p className="text-slate-600">Your physio will set goals with you. They will show here.</p>;
  return (
    <ul className="flex flex-col gap-4">
      {shown.map((g) => (
        <li key={g.id} className="flex flex-col gap-2">
          <p className="font-semibold">{g.description}</p>
          <p className="text-sm text-slate-700">{goalTargetWords(g, activities)}</p>
          <ProgressBar
            value={g.status === "achieved" ? 1 : g.progress.fraction}
            label={`Progress: ${g.description}`}
            text={goalNowWords(g, activities)}
          />
          <p className="text-sm text-slate-600">{goalNowWords(g, activities)}</p>
          {g.patientAgreedAt === null && g.status === "active" ? (
            <form action={agree(g.id)}>
              <button
                type="submit"
                className="h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                I agree to this goal
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
