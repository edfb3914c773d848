"use client";

/** A yes/no question as two large radio buttons. */
export function YesNo({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  value: boolean | null;
  onChange: (v: boolean) => void;
}) {
  return (
    <fieldset>
      <legend className="text-base font-medium text-slate-900">{legend}</legend>
      <div className="mt-2 grid grid-cols-2 gap-2">
        {[
          { v: false, label: "No" },
          { v: true, label: "Yes" },
        ].map(({ v, label }) => (
          <label
            key={label}
            className="flex h-12 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white font-semibold has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
          >
            <input
              type="radio"
              name={name}
              value={v ? "yes" : "no"}
              checked={value === v}
              onChange={() => onChange(v)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
