import Link from "next/link";
import { Fragment } from "react";

/** "Patients / Maria Lopez / Plan": every step but the last is a link. */
export function Breadcrumbs({ trail }: { trail: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      {trail.map((step, i) => (
        <Fragment key={`${step.label}-${i}`}>
          {i > 0 ? <span className="text-slate-400"> / </span> : null}
          {step.href ? (
            <Link href={step.href} className="text-brand-700 underline underline-offset-4">
              {step.label}
            </Link>
          ) : (
            <span aria-current="page">{step.label}</span>
          )}
        </Fragment>
      ))}
    </nav>
  );
}
