CREATE TYPE "public"."change_request_reason" AS ENUM('too_easy', 'too_hard', 'flare_up', 'away_or_ill', 'add_activity', 'other');--> statement-breakpoint
CREATE TYPE "public"."change_request_status" AS ENUM('open', 'accepted', 'adjusted', 'declined');--> statement-breakpoint
CREATE TABLE "activity_library" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" "activity_unit" NOT NULL,
	"instructions" text NOT NULL,
	"video_url" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"activity_key" text,
	"activity_name" text NOT NULL,
	"reason" "change_request_reason" NOT NULL,
	"suggested_amount" integer,
	"note" text DEFAULT '' NOT NULL,
	"status" "change_request_status" DEFAULT 'open' NOT NULL,
	"answer_message" text,
	"answered_by_id" uuid,
	"answered_at" timestamp with time zone,
	"revision_number" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_requests_suggested_amount" CHECK ("change_requests"."suggested_amount" IS NULL OR "change_requests"."suggested_amount" BETWEEN 1 AND 40000),
	CONSTRAINT "change_requests_answered" CHECK (("change_requests"."status" = 'open') = ("change_requests"."answered_at" IS NULL) AND ("change_requests"."status" = 'open') = ("change_requests"."answered_by_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "flare_up_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"days" smallint NOT NULL,
	"revision_number" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flare_up_holds_days" CHECK ("flare_up_holds"."days" BETWEEN 1 AND 7)
);
--> statement-breakpoint
CREATE TABLE "flare_up_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"max_days" smallint DEFAULT 3 NOT NULL,
	"plan" text DEFAULT '' NOT NULL,
	"updated_by_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flare_up_plans_max_days" CHECK ("flare_up_plans"."max_days" BETWEEN 1 AND 7)
);
--> statement-breakpoint
ALTER TABLE "revision_activities" ADD COLUMN "instructions" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "revision_activities" ADD COLUMN "video_url" text;--> statement-breakpoint
ALTER TABLE "activity_library" ADD CONSTRAINT "activity_library_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_library" ADD CONSTRAINT "activity_library_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flare_up_holds" ADD CONSTRAINT "flare_up_holds_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flare_up_holds" ADD CONSTRAINT "flare_up_holds_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flare_up_plans" ADD CONSTRAINT "flare_up_plans_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flare_up_plans" ADD CONSTRAINT "flare_up_plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flare_up_plans" ADD CONSTRAINT "flare_up_plans_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_library_clinic_name_key" ON "activity_library" USING btree ("clinic_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "change_requests_client_key" ON "change_requests" USING btree ("patient_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "change_requests_one_open_key" ON "change_requests" USING btree ("patient_id",coalesce("activity_key", '')) WHERE "change_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "change_requests_clinic_status_idx" ON "change_requests" USING btree ("clinic_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "flare_up_holds_client_key" ON "flare_up_holds" USING btree ("patient_id","client_id");--> statement-breakpoint
CREATE INDEX "flare_up_holds_clinic_patient_idx" ON "flare_up_holds" USING btree ("clinic_id","patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "flare_up_plans_patient_key" ON "flare_up_plans" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "flare_up_plans_clinic_idx" ON "flare_up_plans" USING btree ("clinic_id");