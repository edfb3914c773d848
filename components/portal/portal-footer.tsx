import { emergencyNumberFor, telHref } from "@/lib/domain/emergency-numbers";

type Clinic = {
  name: string;
  address: string | null;
  phone: string | null;
  outOfHoursPhone: string | null;
  country: string | null;
};

/** How to reach the clinic, on every portal page: its name, address and numbers, and the emergency number. */
export function PortalFooter({ clinic }: { clinic: Clinic }) {
  const emergency = emergencyNumberFor(clinic.country);
  const link = "font-medium text-brand-800 underline";
  return (
    <footer className="mx-auto max-w-xl border-t border-slate-200 px-4 py-5 text-sm text-slate-600">
      <p className="font-medium text-slate-800">{clinic.name}</p>
      {clinic.address ? <p className="whitespace-pre-line">{clinic.address}</p> : null}
      <ul className="mt-2 flex flex-col gap-1">
        {clinic.phone ? (
          <li>
            Clinic:{" "}
            <a className={link} href={telHref(clinic.phone)}>
              {clinic.phone}
            </a>
          </li>
        ) : null}
        {clinic.outOfHoursPhone ? (
          <li>
            When the clinic is closed:{" "}
            <a className={link} href={telHref(clinic.outOfHoursPhone)}>
              {clinic.outOfHoursPhone}
            </a>
          </li>
        ) : null}
        {emergency ? (
          <li>
            Emergency:{" "}
            <a className={link} href={telHref(emergency)}>
              {emergency}
            </a>
          </li>
        ) : null}
      </ul>
    </footer>
  );
}
