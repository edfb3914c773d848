/** Graded activity in plain words: what it is and why the quota, not the pain, sets the pace. */
export function PlanExplainer({ measuring }: { measuring: boolean }) {
  return (
    <details className="group rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer list-none text-base font-semibold marker:hidden">
        How your plan works{" "}
        <span className="text-sm font-normal text-brand-700 group-open:hidden">(read more)</span>
      </summary>
      <div className="mt-3 flex flex-col gap-3 text-slate-700">
        <p>
          Your plan starts a little below what you can do now. Every few days the target goes up a small,
          fixed amount. It keeps going up until you reach the goal you set with your physio.
        </p>
        <p>
          <strong>The target rises on schedule, not on how you feel.</strong> Pain often comes and goes
          whatever you do. Following the plan on good and bad days teaches your body, step by step, that the
          activity is safe.
        </p>
        <p>
          <strong>Try not to do more than the target</strong>, even on a good day. Doing a lot when you feel
          well and then needing days to recover keeps you going round in circles. Steady beats more.
        </p>
        <p>
          Some soreness when you start something new is normal and does not mean harm. If you have a flare-up,
          tell your physiotherapist; they may hold your targets for a few days.
        </p>
        {measuring ? (
          <p>
            <strong>Finding your starting point:</strong> for a few days, do the activity at an easy pace
            until you feel you have done enough. Then stop and note how much you did. Your physio uses this to
            set your first target.
          </p>
        ) : null}
      </div>
    </details>
  );
}
