import Link from "next/link";
import type { EducationCard as Card } from "@/lib/domain/education";
import { EducationCard } from "./education-card";

type Props = {
  firstName: string;
  clinicianName: string;
  clinicName: string;
  message: string | null;
  /** The last questions still to answer since care ended (final PSFS and PEG). */
  finalMeasures: { psfs: boolean; peg: boolean };
  cards: Card[];
};

/** The portal after discharge: the physio's message, the last questions, past records and the cards. */
export function CareEnded({ firstName, clinicianName, clinicName, message, finalMeasures, cards }: Props) {
  const asks = [
    finalMeasures.psfs ? { href: "/portal/questionnaires/psfs", label: "How your activities are now" } : null,
    finalMeasures.peg ? { href: "/portal/questionnaires/peg", label: "Pain and daily life this week" } : null,
  ].filter((a) => a !== null);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Well done, {firstName}</h1>
        <p className="mt-2 text-slate-700">
          Your care with {clinicName} has ended. You can still look at your diary and how you did. You cannot
          add to them now.
        </p>
      </div>
      {message ? (
        <section aria-labelledby="message-title" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="message-title" className="text-base font-semibold">
            A message from {clinicianName}
          </h2>
          <p className="mt-1 whitespace-pre-line text-slate-700">{message}</p>
        </section>
      ) : null}
      {asks.length > 0 ? (
        <section aria-labelledby="final-title" className="rounded-xl border border-amber-200 bg-amber-50 p-4">
          <h2 id="final-title" className="text-base font-semibold">
            Two last questions
          </h2>
          <p className="mt-1 text-slate-700">They help your physio see how much you have changed.</p>
          <ul className="mt-2 flex flex-col gap-2">
            {asks.map((a) => (
              <li key={a.href}>
                <Link href={a.href} className="font-medium text-brand-800 underline">
                  {a.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="flex flex-wrap gap-x-5 gap-y-2">
        <Link href="/portal/diary" className="font-medium text-brand-800 underline">
          Your diary
        </Link>
        <Link href="/portal/progress" className="font-medium text-brand-800 underline">
          Your progress
        </Link>
      </p>
      {cards.map((card) => (
        <EducationCard key={card.title} card={card} />
      ))}
      <p className="text-sm text-slate-600">
        If your back gets worse again, contact {clinicName}. If it is an emergency, call for help.
      </p>
    </div>
  );
}
