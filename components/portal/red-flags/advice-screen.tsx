import { positiveAnswers } from "@/lib/domain/red-flags";

type Props = {
  tier: "urgent" | "emergency";
  answers: Record<string, boolean>;
  clinicName: string;
  /** Marks the advice as read; bound to the report on the server. */
  confirm: () => Promise<void>;
};

/**
 * What the patient must read after an urgent or emergency answer. The portal shows it in place of every
 * page until the patient confirms, so it cannot be closed or navigated past by accident.
 */
export function AdviceScreen({ tier, answers, clinicName, confirm }: Props) {
  const emergency = tier === "emergency";
  const said = positiveAnswers(answers);
  return (
    <section
      aria-labelledby="advice-heading"
      className={`flex min-h-[80dvh] flex-col gap-5 rounded-2xl p-5 ${emergency ? "bg-red-700 text-white" : "border-2 border-amber-500 bg-amber-50 text-slate-900"}`}
    >
      <h1 id="advice-heading" className="text-2xl leading-tight font-bold">
        {emergency ? "Get emergency help now" : "Contact your physio or doctor within 24 hours"}
      </h1>
      {emergency ? (
        <div className="flex flex-col gap-3 text-lg">
          <p>
            Some of your answers can be signs of a serious problem with the nerves in your back. This needs to
            be checked by a doctor straight away.
          </p>
          <p className="font-semibold">
            Go to the emergency department now, or call your local emergency number (for example 112 in
            Europe, 911 in the US and Canada, 999 in the UK).
          </p>
          <p>Do not wait to see if it gets better. Do not drive yourself if you can ask someone else.</p>
          <p>Your activity plan is paused, and your physio at {clinicName} has been told.</p>
        </div>
      ) : (
        <div className="flex flex-col gap-3 text-lg">
          <p>
            Some of your answers mean your back should be checked soon. Please phone your physio at{" "}
            {clinicName} or your doctor today or tomorrow.
          </p>
          <p>Your physio has been told. If things get a lot worse, call your local emergency number.</p>
        </div>
      )}
      <div>
        <h2 className="text-base font-semibold">You told us</h2>
        <ul className="mt-1 list-disc pl-5">
          {said.map((q) => (
            <li key={q.key}>{q.text.replace(/\?$/, ": yes")}</li>
          ))}
        </ul>
      </div>
      <form action={confirm} className="mt-auto">
        <button
          type="submit"
          className={`h-14 w-full rounded-xl text-lg font-semibold ${emergency ? "bg-white text-red-800" : "bg-brand-700 text-white"}`}
        >
          {emergency ? "I understand. I will get help now." : "I understand. I will contact them."}
        </button>
      </form>
    </section>
  );
}
