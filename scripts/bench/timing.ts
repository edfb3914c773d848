// Timing helpers: percentiles of a sample, sequential request timing and a bounded concurrent runner.

export type Stats = { n: number; p50: number; p95: number; max: number };

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted[sorted.length - 1] ?? NaN };
}

/** Times `run` `n` times one after the other, after `warmup` untimed runs (JIT, caches, pool connections). */
export async function timeSequential(run: () => Promise<void>, n: number, warmup = 5): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** A GET that must answer 200; the body is read in full, as a browser would. */
export async function getOk(url: string, cookie?: string) {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
}

/** Runs `jobs` with at most `concurrency` in flight; returns each job's latency and the wall time. */
export async function runConcurrent<T>(
  jobs: (() => Promise<T>)[],
  concurrency: number,
): Promise<{ results: T[]; latencies: number[]; seconds: number }> {
  const results: T[] = new Array(jobs.length);
  const latencies: number[] = new Array(jobs.length);
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const start = performance.now();
      results[i] = await jobs[i]!();
      latencies[i] = performance.now() - start;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return { results, latencies, seconds: (performance.now() - t0) / 1000 };
}
