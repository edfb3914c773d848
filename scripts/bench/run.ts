// npm run bench [-- --tiers S,M,L] [--no-pglite] [--quick] [--skip lighthouse,chart,first-load] [--port N]
//   [--instances 2] [--json bench-results/latest.json]
//
// The performance harness (budgets: docs/ARCHITECTURE.md), against the production build (built first when there is
// none; after changing the sources run `npm run build`). For each tier it generates a throwaway database,
// serves the build on it and measures the clinician list, one patient's 365-day chart data and diary
// submission under concurrency, beside floors from the same run (a static page from the same server, a
// SELECT 1 round trip). Tier S is also run on PGlite. While tier S runs on PostgreSQL it also measures
// first-load JS per route and Lighthouse; chart render time runs on its own.
// Prints a table and writes bench-results/latest.json. Exits non-zero only when the run itself is broken (an
// error, a failed or lost diary write), never because a figure misses its budget.
import os from "node:os";
import { measureChartRender } from "./chart-render";
import { measureFirstLoad } from "./first-load-js";
import { measureLighthouse } from "./lighthouse";
import { measureTier, type Counts } from "./measure-tier";
import { printReport, writeReport, type BenchReport } from "./report";
import { TIERS, type Tier } from "./tiers";
import { ensureProductionBuild } from "../support/production-server";

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes("--quick");
const tiers = (option("tiers") ?? "S,M,L").split(",").map((t) => {
  const tier = TIERS[t.trim().toUpperCase() as Tier["name"]];
  if (!tier) throw new Error(`Unknown tier ${t}: use S, M and/or L`);
  return tier;
});
const skip = new Set((option("skip") ?? "").split(",").filter(Boolean));
/** First port of the app instances (then +1 each); by default every instance gets a free port of its own. */
const portOption = option("port") ?? process.env.BENCH_PORT;
const port = portOption ? Number(portOption) : undefined;
/** One app instance per core by default: a Node process runs its JavaScript on one core. */
const instances = Number(option("instances") ?? os.cpus().length);

/** Request counts: full runs take a few minutes per tier; --quick is CI's smoke run. */
const counts = (tier: Tier): Counts =>
  quick
    ? { sequential: 10, diaryPatients: 50, diaryDays: 2, concurrency: 8, instances }
    : {
        sequential: 60,
        diaryPatients: Math.min(tier.patients, 1_000),
        diaryDays: tier.patients >= 1_000 ? 4 : 5,
        concurrency: 16,
        instances,
      };

async function main() {
  ensureProductionBuild();
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
    tiers: [],
    notes: [],
  };
  for (const tier of tiers) {
    const extras =
      tier.name === "S"
        ? async (server: { base: string }, who: Parameters<typeof measureFirstLoad>[1]) => {
            if (!skip.has("first-load")) report.firstLoad = await measureFirstLoad(server.base, who);
            if (!skip.has("lighthouse"))
              report.lighthouse = await measureLighthouse([
                { page: "portal Today (/portal)", url: `${server.base}/portal`, cookie: who.patientCookie },
                {
                  page: "clinician patient page",
                  url: `${server.base}/patients/${who.chartPatientId}`,
                  cookie: who.physioCookie,
                },
              ]);
          }
        : undefined;
    report.tiers.push(await measureTier(tier, "postgres", counts(tier), port, extras));
    if (tier.name === "S" && !argv.includes("--no-pglite"))
      report.tiers.push(await measureTier(tier, "pglite", counts(tier), port));
  }
  if (!skip.has("chart")) report.chartRender = await measureChartRender([365, 1000], quick ? 3 : 9);
  report.notes.push(
    `${report.machine.cpus} CPUs, load average at start ${report.machine.loadAverage.map((l) => l.toFixed(1)).join(" ")}: ` +
      "figures from a shared machine vary by tens of percent between runs.",
  );

  printReport(report);
  const file = option("json") ?? "bench-results/latest.json";
  writeReport(report, file);
  console.log(`\nJSON written to ${file}`);

  const broken = report.tiers.filter(
    ({ diary: d }) =>
      d.stored.entries !== d.stored.expectedEntries ||
      d.stored.activities !== d.stored.expectedActivities ||
      (d.statuses["201"] ?? 0) !== d.requests,
  );
  if (broken.length > 0) {
    console.error(
      `Broken run: diary writes failed or were lost on ${broken.map((t) => `${t.tier}/${t.engine}`).join(", ")}`,
    );
    process.exit(1);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
