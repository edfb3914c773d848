CREATE TABLE "triage_summaries" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"last_entry_date" date,
	"recent_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_start" date,
	"revision_quotas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"open_red_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"psfs_scores" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"acks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "triage_summaries" ADD CONSTRAINT "triage_summaries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_summaries" ADD CONSTRAINT "triage_summaries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "triage_summaries_clinic_idx" ON "triage_summaries" USING btree ("clinic_id");