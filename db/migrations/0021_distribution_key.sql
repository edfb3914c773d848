-- The distribution key (docs/SCALING.md, Step 4): every table sharded by clinic carries clinic_id, filled
-- from its parent row before it becomes NOT NULL, leads its primary and unique keys with it, and reaches its
-- distributed parent through a composite foreign key (clinic_id, parent_id) -> parent (clinic_id, id).
-- Order: the old single-column foreign keys go first (they depend on the primary keys being replaced).
ALTER TABLE "episodes" DROP CONSTRAINT "episodes_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "invites" DROP CONSTRAINT "invites_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "plan_revisions" DROP CONSTRAINT "plan_revisions_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "plans" DROP CONSTRAINT "plans_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "revision_activities" DROP CONSTRAINT "revision_activities_revision_id_plan_revisions_id_fk";
--> statement-breakpoint
ALTER TABLE "activity_logs" DROP CONSTRAINT "activity_logs_entry_id_diary_entries_id_fk";
--> statement-breakpoint
ALTER TABLE "diary_entries" DROP CONSTRAINT "diary_entries_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "alert_acks" DROP CONSTRAINT "alert_acks_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "red_flag_reports" DROP CONSTRAINT "red_flag_reports_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "triage_summaries" DROP CONSTRAINT "triage_summaries_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "change_requests" DROP CONSTRAINT "change_requests_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "flare_up_holds" DROP CONSTRAINT "flare_up_holds_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "flare_up_plans" DROP CONSTRAINT "flare_up_plans_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "reminder_preferences" DROP CONSTRAINT "reminder_preferences_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "reminder_sends" DROP CONSTRAINT "reminder_sends_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "message_reads" DROP CONSTRAINT "message_reads_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "time_log_entries" DROP CONSTRAINT "time_log_entries_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "patient_email_changes" DROP CONSTRAINT "patient_email_changes_patient_id_patients_id_fk";
--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "revision_activities" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "activity_logs" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "diary_entries" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "alert_acks" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "measure_responses" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "clinic_id" uuid;
--> statement-breakpoint
-- Backfill from the parent row (parents before children), then the key is required.
UPDATE "invites" AS i SET "clinic_id" = p."clinic_id" FROM "patients" AS p WHERE p."id" = i."patient_id";
--> statement-breakpoint
UPDATE "plan_revisions" AS r SET "clinic_id" = pl."clinic_id" FROM "plans" AS pl WHERE pl."id" = r."plan_id";
--> statement-breakpoint
UPDATE "revision_activities" AS a SET "clinic_id" = r."clinic_id" FROM "plan_revisions" AS r WHERE r."id" = a."revision_id";
--> statement-breakpoint
UPDATE "diary_entries" AS e SET "clinic_id" = p."clinic_id" FROM "patients" AS p WHERE p."id" = e."patient_id";
--> statement-breakpoint
UPDATE "activity_logs" AS l SET "clinic_id" = e."clinic_id" FROM "diary_entries" AS e WHERE e."id" = l."entry_id";
--> statement-breakpoint
UPDATE "alert_acks" AS x SET "clinic_id" = p."clinic_id" FROM "patients" AS p WHERE p."id" = x."patient_id";
--> statement-breakpoint
UPDATE "red_flag_reports" AS x SET "clinic_id" = p."clinic_id" FROM "patients" AS p WHERE p."id" = x."patient_id";
--> statement-breakpoint
UPDATE "measure_responses" AS x SET "clinic_id" = p."clinic_id" FROM "patients" AS p WHERE p."id" = x."patient_id";
--> statement-breakpoint
UPDATE "goals" AS x SET "clinic_id" = p."clinic_id" FROM "patients" AS p WHERE p."id" = x."patient_id";
--> statement-breakpoint
ALTER TABLE "invites" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "plan_revisions" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "revision_activities" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "activity_logs" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "diary_entries" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "alert_acks" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "red_flag_reports" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "measure_responses" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "goals" ALTER COLUMN "clinic_id" SET NOT NULL;
--> statement-breakpoint
DROP INDEX "episodes_clinic_idx";
--> statement-breakpoint
DROP INDEX "patients_clinic_idx";
--> statement-breakpoint
DROP INDEX "plans_clinic_idx";
--> statement-breakpoint
DROP INDEX "triage_summaries_clinic_idx";
--> statement-breakpoint
DROP INDEX "flare_up_plans_clinic_idx";
--> statement-breakpoint
DROP INDEX "reminder_preferences_clinic_idx";
--> statement-breakpoint
DROP INDEX "reminder_sends_clinic_idx";
--> statement-breakpoint
DROP INDEX "message_templates_clinic_idx";
--> statement-breakpoint
DROP INDEX "episodes_patient_number_key";
--> statement-breakpoint
DROP INDEX "episodes_one_open_key";
--> statement-breakpoint
DROP INDEX "invites_token_hash_key";
--> statement-breakpoint
DROP INDEX "invites_patient_idx";
--> statement-breakpoint
DROP INDEX "patients_user_key";
--> statement-breakpoint
DROP INDEX "plan_revisions_plan_number_key";
--> statement-breakpoint
DROP INDEX "plan_revisions_plan_effective_idx";
--> statement-breakpoint
DROP INDEX "plans_patient_key";
--> statement-breakpoint
DROP INDEX "revision_activities_key";
--> statement-breakpoint
DROP INDEX "activity_logs_entry_key";
--> statement-breakpoint
DROP INDEX "diary_entries_patient_date_key";
--> statement-breakpoint
DROP INDEX "alert_acks_patient_rule_idx";
--> statement-breakpoint
DROP INDEX "red_flag_reports_client_key";
--> statement-breakpoint
DROP INDEX "red_flag_reports_patient_idx";
--> statement-breakpoint
DROP INDEX "measure_responses_client_key";
--> statement-breakpoint
DROP INDEX "measure_responses_patient_idx";
--> statement-breakpoint
DROP INDEX "goals_patient_idx";
--> statement-breakpoint
DROP INDEX "goals_client_key";
--> statement-breakpoint
DROP INDEX "change_requests_client_key";
--> statement-breakpoint
DROP INDEX "change_requests_one_open_key";
--> statement-breakpoint
DROP INDEX "flare_up_holds_client_key";
--> statement-breakpoint
DROP INDEX "flare_up_plans_patient_key";
--> statement-breakpoint
DROP INDEX "reminder_sends_patient_day_key";
--> statement-breakpoint
DROP INDEX "patient_email_changes_token_hash_key";
--> statement-breakpoint
ALTER TABLE "episodes" DROP CONSTRAINT "episodes_pkey";
--> statement-breakpoint
ALTER TABLE "invites" DROP CONSTRAINT "invites_pkey";
--> statement-breakpoint
ALTER TABLE "patients" DROP CONSTRAINT "patients_pkey";
--> statement-breakpoint
ALTER TABLE "plan_revisions" DROP CONSTRAINT "plan_revisions_pkey";
--> statement-breakpoint
ALTER TABLE "plans" DROP CONSTRAINT "plans_pkey";
--> statement-breakpoint
ALTER TABLE "revision_activities" DROP CONSTRAINT "revision_activities_pkey";
--> statement-breakpoint
ALTER TABLE "activity_logs" DROP CONSTRAINT "activity_logs_pkey";
--> statement-breakpoint
ALTER TABLE "diary_entries" DROP CONSTRAINT "diary_entries_pkey";
--> statement-breakpoint
ALTER TABLE "alert_acks" DROP CONSTRAINT "alert_acks_pkey";
--> statement-breakpoint
ALTER TABLE "red_flag_reports" DROP CONSTRAINT "red_flag_reports_pkey";
--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_pkey";
--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_pkey";
--> statement-breakpoint
ALTER TABLE "triage_summaries" DROP CONSTRAINT "triage_summaries_pkey";
--> statement-breakpoint
ALTER TABLE "activity_library" DROP CONSTRAINT "activity_library_pkey";
--> statement-breakpoint
ALTER TABLE "change_requests" DROP CONSTRAINT "change_requests_pkey";
--> statement-breakpoint
ALTER TABLE "flare_up_holds" DROP CONSTRAINT "flare_up_holds_pkey";
--> statement-breakpoint
ALTER TABLE "flare_up_plans" DROP CONSTRAINT "flare_up_plans_pkey";
--> statement-breakpoint
ALTER TABLE "reminder_preferences" DROP CONSTRAINT "reminder_preferences_pkey";
--> statement-breakpoint
ALTER TABLE "reminder_sends" DROP CONSTRAINT "reminder_sends_pkey";
--> statement-breakpoint
ALTER TABLE "message_templates" DROP CONSTRAINT "message_templates_pkey";
--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_pkey";
--> statement-breakpoint
ALTER TABLE "time_log_entries" DROP CONSTRAINT "time_log_entries_pkey";
--> statement-breakpoint
ALTER TABLE "patient_email_changes" DROP CONSTRAINT "patient_email_changes_pkey";
--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "revision_activities" ADD CONSTRAINT "revision_activities_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "alert_acks" ADD CONSTRAINT "alert_acks_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "triage_summaries" ADD CONSTRAINT "triage_summaries_clinic_id_patient_id_pk" PRIMARY KEY("clinic_id","patient_id");
--> statement-breakpoint
ALTER TABLE "activity_library" ADD CONSTRAINT "activity_library_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "flare_up_holds" ADD CONSTRAINT "flare_up_holds_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "flare_up_plans" ADD CONSTRAINT "flare_up_plans_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_clinic_id_patient_id_pk" PRIMARY KEY("clinic_id","patient_id");
--> statement-breakpoint
ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "time_log_entries" ADD CONSTRAINT "time_log_entries_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "patient_email_changes" ADD CONSTRAINT "patient_email_changes_clinic_id_id_pk" PRIMARY KEY("clinic_id","id");
--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_plan_fk" FOREIGN KEY ("clinic_id","plan_id") REFERENCES "public"."plans"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "revision_activities" ADD CONSTRAINT "revision_activities_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "revision_activities" ADD CONSTRAINT "revision_activities_revision_fk" FOREIGN KEY ("clinic_id","revision_id") REFERENCES "public"."plan_revisions"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_entry_fk" FOREIGN KEY ("clinic_id","entry_id") REFERENCES "public"."diary_entries"("clinic_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_acks" ADD CONSTRAINT "alert_acks_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_acks" ADD CONSTRAINT "alert_acks_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "triage_summaries" ADD CONSTRAINT "triage_summaries_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "flare_up_holds" ADD CONSTRAINT "flare_up_holds_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "flare_up_plans" ADD CONSTRAINT "flare_up_plans_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "time_log_entries" ADD CONSTRAINT "time_log_entries_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "patient_email_changes" ADD CONSTRAINT "patient_email_changes_patient_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "invites_token_hash_idx" ON "invites" USING btree ("token_hash");
--> statement-breakpoint
CREATE INDEX "patient_email_changes_token_hash_idx" ON "patient_email_changes" USING btree ("token_hash");
--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_patient_number_key" ON "episodes" USING btree ("clinic_id","patient_id","number");
--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_one_open_key" ON "episodes" USING btree ("clinic_id","patient_id") WHERE "episodes"."ended_on" IS NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "invites_token_hash_key" ON "invites" USING btree ("clinic_id","token_hash");
--> statement-breakpoint
CREATE INDEX "invites_patient_idx" ON "invites" USING btree ("clinic_id","patient_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "patients_user_key" ON "patients" USING btree ("clinic_id","user_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "plan_revisions_plan_number_key" ON "plan_revisions" USING btree ("clinic_id","plan_id","number");
--> statement-breakpoint
CREATE INDEX "plan_revisions_plan_effective_idx" ON "plan_revisions" USING btree ("clinic_id","plan_id","effective_from");
--> statement-breakpoint
CREATE UNIQUE INDEX "plans_patient_key" ON "plans" USING btree ("clinic_id","patient_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "revision_activities_key" ON "revision_activities" USING btree ("clinic_id","revision_id","key");
--> statement-breakpoint
CREATE UNIQUE INDEX "activity_logs_entry_key" ON "activity_logs" USING btree ("clinic_id","entry_id","activity_key");
--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_patient_date_key" ON "diary_entries" USING btree ("clinic_id","patient_id","entry_date");
--> statement-breakpoint
CREATE INDEX "alert_acks_patient_rule_idx" ON "alert_acks" USING btree ("clinic_id","patient_id","rule","acknowledged_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "red_flag_reports_client_key" ON "red_flag_reports" USING btree ("clinic_id","patient_id","client_id");
--> statement-breakpoint
CREATE INDEX "red_flag_reports_patient_idx" ON "red_flag_reports" USING btree ("clinic_id","patient_id","created_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "measure_responses_client_key" ON "measure_responses" USING btree ("clinic_id","patient_id","client_id");
--> statement-breakpoint
CREATE INDEX "measure_responses_patient_idx" ON "measure_responses" USING btree ("clinic_id","patient_id","instrument","taken_on");
--> statement-breakpoint
CREATE INDEX "goals_patient_idx" ON "goals" USING btree ("clinic_id","patient_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "goals_client_key" ON "goals" USING btree ("clinic_id","patient_id","client_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "change_requests_client_key" ON "change_requests" USING btree ("clinic_id","patient_id","client_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "change_requests_one_open_key" ON "change_requests" USING btree ("clinic_id","patient_id",coalesce("activity_key", '')) WHERE "change_requests"."status" = 'open';
--> statement-breakpoint
CREATE UNIQUE INDEX "flare_up_holds_client_key" ON "flare_up_holds" USING btree ("clinic_id","patient_id","client_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "flare_up_plans_patient_key" ON "flare_up_plans" USING btree ("clinic_id","patient_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_sends_patient_day_key" ON "reminder_sends" USING btree ("clinic_id","patient_id","local_date");
--> statement-breakpoint
CREATE UNIQUE INDEX "patient_email_changes_token_hash_key" ON "patient_email_changes" USING btree ("clinic_id","token_hash");
