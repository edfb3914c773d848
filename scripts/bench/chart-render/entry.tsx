// Mounts the clinician's daily charts (components/charts) with N generated points in a bare page and records
// the time from render() to every chart's SVG being drawn. Bundled by ../chart-render.ts; N comes from the URL hash.
import { createRoot } from "react-dom/client";
// The drawing modules inside the app's frame: the app loads them with next/dynamic when a chart nears the
// viewport (components/charts/*-chart.tsx); here they are bundled in, so the time is the drawing alone.
import { ActivityDonePlot } from "@/components/charts/activity-done-plot";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ClinicPainPlot } from "@/components/charts/clinic-pain-plot";

const n = Number(location.hash.slice(1)) || 365;
const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const noise = (i: number) => ((i * 7919) % 13) / 6 - 1;
const pain = Array.from({ length: n }, (_, i) => ({
  date: day(i),
  painNow: Math.max(0, Math.min(10, Math.round(6 - (3 * i) / n + noise(i)))),
  painAverage: i % 11 === 0 ? null : Math.max(0, Math.min(10, Math.round(5.5 - (3 * i) / n + noise(i + 3)))),
  painRolling: 5.5 - (3 * i) / n,
  revision: i % 120 === 0 ? `Revision ${i / 120 + 1}` : null,
}));
const quota = (i: number) => Math.min(60, 10 + Math.floor(i / 7));
const done = pain.map((p, i) => ({
  date: p.date,
  done: i % 11 === 0 ? null : Math.round(quota(i) * (0.9 + ((i * 31) % 7) / 20)),
  quota: quota(i),
  revision: p.revision,
}));
const revisionDates = pain.filter((p) => p.revision).map((p) => p.date);

function drawn() {
  const figures = document.querySelectorAll("figure");
  return (
    figures.length === 2 &&
    [...figures].every((f) => f.querySelector("svg.recharts-surface .recharts-curve") !== null)
  );
}

// Checked after every batch of DOM changes, so the end mark lands when the last chart's lines appear.
const observer = new MutationObserver(() => {
  if (!drawn()) return;
  observer.disconnect();
  performance.mark("svg-drawn");
  const { duration } = performance.measure("chart-render", "render-start", "svg-drawn");
  (window as unknown as { chartRenderMs: number }).chartRenderMs = duration;
});
observer.observe(document.body, { childList: true, subtree: true });

performance.mark("render-start");
createRoot(document.getElementById("root")!).render(
  <div style={{ width: 720 }}>
    <ChartFrame title="Pain (NRS 0-10)" summary="Pain">
      <ClinicPainPlot points={pain} revisionDates={revisionDates} />
    </ChartFrame>
    <ChartFrame title="Walking" summary="Walking">
      <ActivityDonePlot title="Walking" unitLabel="minutes" points={done} revisionDates={revisionDates} />
    </ChartFrame>
  </div>,
);
