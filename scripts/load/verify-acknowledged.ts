// Compares what the server acknowledged with what the database holds, field by field.
import { Client } from "pg";
import type { Acknowledged, AckedEntry } from "./virtual-patients";

export type Verification = { acknowledged: number; found: number; missing: string[]; different: string[] };

type StoredRow = Omit<AckedEntry, "activities"> & {
  patient_id: string;
  activities: AckedEntry["activities"] | null;
};

export async function verifyAcknowledged(
  url: string,
  patientIds: string[],
  acknowledged: Acknowledged,
): Promise<Verification> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<StoredRow>(
    `select e.patient_id, to_char(e.entry_date, 'YYYY-MM-DD') as date, e.version, e.client_id as "clientId",
       e.pain_now as "painNow", e.pain_average as "painAverage", e.sleep_quality as "sleepQuality",
       e.stress, e.medication_taken as "medicationTaken", e.medication_note as "medicationNote",
       e.flare_up as "flareUp", e.note,
       (select json_agg(json_build_object('key', l.activity_key, 'amount', l.amount) order by l.activity_key)
          from activity_logs l where l.entry_id = e.id) as activities
     from diary_entries e where e.patient_id = any($1::uuid[])`,
    [patientIds],
  );
  await client.end();
  const stored = new Map(rows.map((r) => [`${r.patient_id}|${r.date}`, r]));
  const result: Verification = { acknowledged: acknowledged.size, found: 0, missing: [], different: [] };
  for (const [key, acked] of acknowledged) {
    const [index, date] = key.split("|");
    const row = stored.get(`${patientIds[Number(index)]}|${date}`);
    if (!row) {
      result.missing.push(key);
      continue;
    }
    const fields = [
      "version",
      "clientId",
      "painNow",
      "painAverage",
      "sleepQuality",
      "stress",
      "medicationTaken",
      "medicationNote",
      "flareUp",
      "note",
    ] as const;
    const differs = fields.filter((f) => row[f] !== acked[f]);
    if (JSON.stringify(row.activities ?? []) !== JSON.stringify(acked.activities))
      differs.push("activities" as never);
    if (differs.length > 0) result.different.push(`${key}: ${differs.join(", ")}`);
    else result.found++;
  }
  return result;
}
