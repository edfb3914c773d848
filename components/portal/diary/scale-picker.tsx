"use client";

type Props = {
  name: string;
  legend: string;
  /** Words for the two ends, e.g. "no pain" and "worst imaginable". */
  low: string;
  high: string;
  value: number | null;
  error?: string;
  onChange: (value: number) => void;
  /** The top of the scale: 10 by default, 6 for the FABQ's 0-6 agreement scale. */
  max?: number;
};

/** A 0-10 (or 0-max) scale as large radio buttons: easy to tap, and arrow keys move between them. */
export function ScalePicker({ name, legend, low, high, value, error, onChange, max = 10 }: Props) {
  const errorId = `${name}-error`;
  const choices = Array.from({ length: max + 1 }, (_, i) => i);
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-base font-medium text-slate-900">{legend}</legend>
      <div className={`mt-2 grid gap-1.5 ${max === 10 ? "grid-cols-6 sm:grid-cols-11" : "grid-cols-7"}`}>
        {choices.map((n) => (
          <label
            key={n}
            className="flex h-12 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white text-lg font-semibold text-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
          >
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className="sr-only"
            />
            {n}
          </label>
        ))}
      </div>
      {/* Two columns with a gap: long words for the ends wrap within their half and never run together. */}
      <div className="mt-1 grid grid-cols-2 gap-4 text-xs text-slate-600">
        <span>0 = {low}</span>
        <span className="text-right">
          {max} = {high}
        </span>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
