ALTER TABLE "clinics" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "out_of_hours_phone" text;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "country" text;