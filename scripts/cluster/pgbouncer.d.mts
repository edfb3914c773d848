// Types for pgbouncer.mjs (plain JavaScript so that `node scripts/test-postgres.mjs` runs without a build).
export type Pgbouncer = {
  port: number;
  dir: string;
  log: string;
  url: (database: string) => string;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
};
export function startPgbouncer(options: {
  serverHost?: string;
  serverPort: number;
  poolSize?: number;
}): Promise<Pgbouncer>;
