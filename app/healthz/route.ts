// A static health check for load balancers (and the benchmarks' floor: the cheapest page this server serves).
export const dynamic = "force-static";

export function GET() {
  return new Response("ok\n", { headers: { "Content-Type": "text/plain" } });
}
