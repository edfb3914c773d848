// The benchmark's table (stdout) and its JSON record (bench-results/), each figure beside its floor and budget.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ChartRender } from "./chart-render";
import type { FirstLoad } from "./first-load-js";
import type { LighthouseScore } from "./lighthouse";
import type { TierResult } from "./measure-tier";

export type BenchReport = {
  startedAt: string;
  machine: { cpus: number; loadAverage: number[]; node: string };
  tiers: TierResult[];
  firstLoad?: FirstLoad[];
  lighthouse?: LighthouseScore[];
  chartRender?: ChartRender[];
  notes: string[];
};

/** The performance budgets (docs/ARCHITECTURE.md). */
export const BUDGETS = {
  listOverStatic: 2,
  chartP95Ms: 50,
  diaryPerSecond: 300,
  diaryP95Ms: 100,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
};

const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean, miss: string) => (ok ? "met" : `MISSED (${miss})`);

function rows(t: TierResult): string[][] {
  const floor = t.floors.staticPage.p95;
  const list = t.clinicianList.p95 / floor;
  const d = t.diary;
  const lost = d.stored.expectedEntries - d.stored.entries;
  const failed = d.requests - (d.statuses["201"] ?? 0);
  const pg = t.engine === "postgres";
  return [
    ["static page /healthz (floor)", ms(t.floors.staticPage.p50), ms(floor), "", ""],
    [
      `static page, ${d.concurrency} concurrent, ${t.instances} inst. (floor)`,
      ms(t.floors.staticUnderLoad.latency.p50),
      ms(t.floors.staticUnderLoad.latency.p95),
      `${t.floors.staticUnderLoad.perSecond.toFixed(0)} req/s`,
      "",
    ],
    ["SELECT 1 round trip (floor)", ms(t.floors.select1.p50), ms(t.floors.select1.p95), "", ""],
    [
      "signed-in page, no data (/patients/new)",
      ms(t.signedInPage.p50),
      ms(t.signedInPage.p95),
      `${(t.signedInPage.p95 / floor).toFixed(1)}x static`,
      "",
    ],
    [
      `clinician list, a physio with ${t.caseload} patients`,
      ms(t.clinicianList.p50),
      ms(t.clinicianList.p95),
      `${list.toFixed(1)}x static`,
      verdict(
        list <= BUDGETS.listOverStatic,
        `${(list / BUDGETS.listOverStatic).toFixed(1)}x over 2x static`,
      ),
    ],
    [
      `clinic list, all ${t.clinicPatients} patients`,
      ms(t.clinicList.p50),
      ms(t.clinicList.p95),
      `${(t.clinicList.p95 / floor).toFixed(1)}x static`,
      "",
    ],
    [
      "chart data, one patient, 365 days",
      ms(t.chart365.p50),
      ms(t.chart365.p95),
      `${(t.chart365.p95 / t.floors.select1.p95).toFixed(0)}x SELECT 1`,
      pg
        ? verdict(
            t.chart365.p95 <= BUDGETS.chartP95Ms,
            `+${(t.chart365.p95 - BUDGETS.chartP95Ms).toFixed(0)} ms`,
          )
        : "(budget is on PostgreSQL)",
    ],
    [
      `diary PUT, ${d.concurrency} concurrent, ${d.requests} requests, ${t.instances} instance${t.instances > 1 ? "s" : ""}`,
      ms(d.latency.p50),
      ms(d.latency.p95),
      `${d.perSecond.toFixed(0)} req/s, ${((100 * d.perSecond) / t.floors.staticUnderLoad.perSecond).toFixed(0)}% of static`,
      pg
        ? verdict(
            d.perSecond >= BUDGETS.diaryPerSecond &&
              d.latency.p95 <= BUDGETS.diaryP95Ms &&
              lost === 0 &&
              failed === 0,
            [
              d.perSecond < BUDGETS.diaryPerSecond ? `${d.perSecond.toFixed(0)}/300 req/s` : "",
              d.latency.p95 > BUDGETS.diaryP95Ms
                ? `p95 +${(d.latency.p95 - BUDGETS.diaryP95Ms).toFixed(0)} ms`
                : "",
              lost !== 0 || failed !== 0 ? `${lost} lost, ${failed} not 201` : "",
            ]
              .filter(Boolean)
              .join(", "),
          )
        : `${lost} lost, ${failed} not 201`,
    ],
  ];
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function printReport(r: BenchReport, print = console.log) {
  for (const t of r.tiers) {
    print(
      `\nTier ${t.tier} on ${t.engine}: ${t.patients} patients, ${t.seed.diaryRows.toLocaleString("en")} diary rows, ` +
        `${t.seed.activityRows.toLocaleString("en")} activity rows (generated in ${t.seed.seconds.toFixed(0)} s)`,
    );
    print(table(["measure", "p50", "p95", "ratio", "budget"], rows(t)));
  }
  if (r.firstLoad) {
    print("\nFirst-load JS (gzip over the wire, fresh browser)");
    print(
      table(
        ["route", "KB", "budget"],
        r.firstLoad.map((f) => [
          f.route.replace(/[0-9a-f-]{36}/, "[patientId]"),
          f.kb.toFixed(1),
          f.budgetKb === null
            ? "none (loaded on demand)"
            : verdict(f.kb <= f.budgetKb, `${f.budgetKb} KB`) + ` ${f.budgetKb} KB`,
        ]),
      ),
    );
  }
  if (r.lighthouse) {
    print("\nLighthouse 12.8, mobile");
    print(
      table(
        ["page", "performance", "accessibility", "LCP", "TBT", "budget"],
        r.lighthouse.map((l) => [
          l.page,
          String(l.performance),
          String(l.accessibility),
          ms(l.lcpMs),
          ms(l.tbtMs),
          verdict(
            l.performance >= BUDGETS.lighthousePerformance &&
              l.accessibility >= BUDGETS.lighthouseAccessibility,
            ">= 95 and 100",
          ),
        ]),
      ),
    );
  }
  if (r.chartRender) {
    print("\nChart render (pain + activity charts, render() to drawn SVG, headless Chromium)");
    print(
      table(
        ["points", "runs", "p50", "max"],
        r.chartRender.map((c) => [String(c.points), String(c.runs), ms(c.ms.p50), ms(c.ms.max)]),
      ),
    );
  }
  for (const n of r.notes) print(`note: ${n}`);
}

export function writeReport(r: BenchReport, file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
}
