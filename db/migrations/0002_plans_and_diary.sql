CREATE TYPE "public"."activity_unit" AS ENUM('minutes', 'repetitions', 'steps', 'metres');--> statement-breakpoint
CREATE TYPE "public"."progression_kind" AS ENUM('fixed', 'percent', 'goal_date');--> statement-breakpoint
CREATE TYPE "public"."revision_kind" AS ENUM('initial', 'edit', 'hold', 'step_back', 'baseline_confirmed');--> statement-breakpoint
CREATE TABLE "plan_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" "revision_kind" NOT NULL,
	"effective_from" date NOT NULL,
	"hold_days" smallint DEFAULT 0 NOT NULL,
	"reason" text NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_revisions_hold_days" CHECK ("plan_revisions"."hold_days" BETWEEN 0 AND 60)
);
--> statement-breakpoint
CREATE TABLE "plan_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"activities" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revision_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"revision_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"unit" "activity_unit" NOT NULL,
	"baseline" numeric(10, 2),
	"start_fraction" numeric(4, 3) NOT NULL,
	"start_quota" integer,
	"progress_from" date,
	"progression_kind" "progression_kind" NOT NULL,
	"step" integer,
	"percent" numeric(5, 2),
	"every_days" smallint,
	"goal_date" date,
	"goal" integer NOT NULL,
	CONSTRAINT "revision_activities_fraction" CHECK ("revision_activities"."start_fraction" > 0 AND "revision_activities"."start_fraction" <= 1),
	CONSTRAINT "revision_activities_goal" CHECK ("revision_activities"."goal" > 0),
	CONSTRAINT "revision_activities_baseline_quota" CHECK (("revision_activities"."baseline" IS NULL) = ("revision_activities"."start_quota" IS NULL) AND ("revision_activities"."start_quota" IS NULL) = ("revision_activities"."progress_from" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "activity_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"activity_key" text NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "activity_logs_amount" CHECK ("activity_logs"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "diary_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"client_id" uuid NOT NULL,
	"pain_now" smallint,
	"pain_average" smallint,
	"sleep_quality" smallint,
	"stress" smallint,
	"medication_taken" boolean,
	"medication_note" text,
	"flare_up" boolean DEFAULT false NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diary_pain_now" CHECK ("diary_entries"."pain_now" BETWEEN 0 AND 10),
	CONSTRAINT "diary_pain_average" CHECK ("diary_entries"."pain_average" BETWEEN 0 AND 10),
	CONSTRAINT "diary_sleep" CHECK ("diary_entries"."sleep_quality" BETWEEN 0 AND 10),
	CONSTRAINT "diary_stress" CHECK ("diary_entries"."stress" BETWEEN 0 AND 10)
);
--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_templates" ADD CONSTRAINT "plan_templates_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revision_activities" ADD CONSTRAINT "revision_activities_revision_id_plan_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."plan_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_entry_id_diary_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."diary_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_revisions_plan_number_key" ON "plan_revisions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "plan_revisions_plan_effective_idx" ON "plan_revisions" USING btree ("plan_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_patient_key" ON "plans" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "plans_clinic_idx" ON "plans" USING btree ("clinic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revision_activities_key" ON "revision_activities" USING btree ("revision_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_logs_entry_key" ON "activity_logs" USING btree ("entry_id","activity_key");--> statement-breakpoint
CREATE INDEX "activity_logs_key_idx" ON "activity_logs" USING btree ("activity_key");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_patient_date_key" ON "diary_entries" USING btree ("patient_id","entry_date");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_client_key" ON "diary_entries" USING btree ("client_id");