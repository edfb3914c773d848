import { emergencyNumberFor, telHref } from "@/lib/domain/emergency-numbers";
import { positiveAnswers } from "@/lib/domain/red-flags";
import { adviceCopy } from "@/lib/copy/advice";

export type AdviceClinic = {
  name: string;
  phone: string | null;
  outOfHoursPhone: string | null;
  country: string | null;
};

type Props = {
  tier: "urgent" | "emergency";
  answers: Record<string, boolean>;
  clinic: AdviceClinic;
  /** Marks the advice as read; bound to the report on the server. */
  confirm: () => Promise<void>;
};

function Call({ label, phone, light }: { label: string; phone: string; light: boolean }) {
  return (
    <a
      href={telHref(phone)}
      className={`flex min-h-12 flex-col rounded-xl px-4 py-2 underline-offset-4 hover:underline ${light ? "bg-white text-red-800" : "bg-brand-700 text-white"}`}
    >
      <span className="text-sm font-medium">{label}</span>
      <span className="text-xl font-bold whitespace-nowrap">{phone}</span>
    </a>
  );
}

/**
 * What the patient must read after an urgent or emergency answer, in short lines. The portal shows it in place
 * of every page until the patient confirms, so it cannot be closed or navigated past by accident. Nothing is
 * sent to the physio (no email or push carries health information), so it says when they will see it.
 */
export function AdviceScreen({ tier, answers, clinic, confirm }: Props) {
  const emergency = tier === "emergency";
  const copy = emergency ? adviceCopy.emergency : adviceCopy.urgent;
  const said = positiveAnswers(answers);
  const number = emergencyNumberFor(clinic.country);
  const call = number ? (
    <Call key="emergency" label={adviceCopy.callEmergency} phone={number} light={emergency} />
  ) : (
    <p key="emergency" className="font-semibold">
      {adviceCopy.noEmergencyNumber}
    </p>
  );
  // An emergency calls the emergency number first; an urgent answer calls the clinic first.
  const clinicCalls = [
    clinic.phone ? (
      <Call key="clinic" label={adviceCopy.callClinic(clinic.name)} phone={clinic.phone} light={emergency} />
    ) : null,
    clinic.outOfHoursPhone ? (
      <Call key="ooh" label={adviceCopy.outOfHours} phone={clinic.outOfHoursPhone} light={emergency} />
    ) : null,
  ];
  return (
    <section
      aria-labelledby="advice-heading"
      className={`flex min-h-[80dvh] flex-col gap-5 rounded-2xl p-5 ${emergency ? "bg-red-700 text-white" : "border-2 border-amber-500 bg-amber-50 text-slate-900"}`}
    >
      <h1 id="advice-heading" className="text-2xl leading-tight font-bold">
        {copy.heading}
      </h1>
      <ul className="flex flex-col gap-2 text-lg">
        {copy.lines(number).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="flex flex-col gap-2">{emergency ? [call, ...clinicCalls] : [...clinicCalls, call]}</div>
      <p className="text-lg">{adviceCopy.physioWillSee}</p>
      <div>
        <h2 className="text-base font-semibold">{adviceCopy.youToldUs}</h2>
        <ul className="mt-1 list-disc pl-5">
          {said.map((q) => (
            <li key={q.key}>{q.said}</li>
          ))}
        </ul>
      </div>
      <form action={confirm} className="mt-auto">
        <button
          type="submit"
          className={`min-h-14 w-full rounded-xl px-4 py-2 text-lg leading-snug font-semibold ${emergency ? "bg-white text-red-800" : "bg-brand-700 text-white"}`}
        >
          {copy.confirm}
        </button>
      </form>
    </section>
  );
}
