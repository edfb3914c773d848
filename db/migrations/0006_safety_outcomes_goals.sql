CREATE TYPE "public"."red_flag_tier" AS ENUM('none', 'urgent', 'emergency');--> statement-breakpoint
CREATE TYPE "public"."red_flag_trigger" AS ENUM('onboarding', 'weekly', 'diary');--> statement-breakpoint
CREATE TYPE "public"."instrument" AS ENUM('psfs', 'peg');--> statement-breakpoint
CREATE TYPE "public"."goal_measure" AS ENUM('activity', 'pain', 'psfs');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('active', 'achieved', 'stopped');--> statement-breakpoint
CREATE TABLE "red_flag_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"trigger" "red_flag_trigger" NOT NULL,
	"answered_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"tier" "red_flag_tier" NOT NULL,
	"patient_acknowledged_at" timestamp with time zone,
	"acknowledged_by_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"acknowledgement_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "red_flag_ack_complete" CHECK (("red_flag_reports"."acknowledged_by_id" IS NULL) = ("red_flag_reports"."acknowledged_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "measure_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"instrument" "instrument" NOT NULL,
	"taken_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"score" numeric(4, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_score_range" CHECK ("measure_responses"."score" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"description" text NOT NULL,
	"measure" "goal_measure" NOT NULL,
	"activity_key" text,
	"target" numeric(8, 1) NOT NULL,
	"target_date" date NOT NULL,
	"status" "goal_status" DEFAULT 'active' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"patient_agreed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_activity_key" CHECK (("goals"."measure" = 'activity') = ("goals"."activity_key" IS NOT NULL)),
	CONSTRAINT "goal_target_positive" CHECK ("goals"."target" >= 0)
);
--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "red_flag_reports_client_key" ON "red_flag_reports" USING btree ("patient_id","client_id");--> statement-breakpoint
CREATE INDEX "red_flag_reports_patient_idx" ON "red_flag_reports" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_responses_client_key" ON "measure_responses" USING btree ("patient_id","client_id");--> statement-breakpoint
CREATE INDEX "measure_responses_patient_idx" ON "measure_responses" USING btree ("patient_id","instrument","taken_on");--> statement-breakpoint
CREATE INDEX "goals_patient_idx" ON "goals" USING btree ("patient_id");