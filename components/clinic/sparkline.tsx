/** A tiny pain trend (0-10) as an inline SVG: no script, gaps where nothing was logged. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const w = 112;
  const h = 28;
  const x = (i: number) => (values.length <= 1 ? 0 : (i / (values.length - 1)) * (w - 4) + 2);
  const y = (v: number) => h - 2 - (v / 10) * (h - 4);
  const segments: string[] = [];
  let current = "";
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = "";
    } else current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg
      role="img"
      aria-label={label}
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      className="overflow-visible"
    >
      <line x1="0" x2={w} y1={y(5)} y2={y(5)} stroke="#e2e8f0" strokeDasharray="2 2" />
      {segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke="#0f766e" strokeWidth="1.75" strokeLinejoin="round" />
      ))}
      {values.map((v, i) =>
        v !== null &&
        (i === 0 || values[i - 1] === null) &&
        (i === values.length - 1 || values[i + 1] === null) ? (
          <circle key={i} cx={x(i)} cy={y(v)} r="1.75" fill="#0f766e" />
        ) : null,
      )}
    </svg>
  );
}
