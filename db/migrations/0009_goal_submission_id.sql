ALTER TABLE "goals" ADD COLUMN "client_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "goals_client_key" ON "goals" USING btree ("patient_id","client_id");