ALTER TYPE "public"."instrument" ADD VALUE 'fabq';--> statement-breakpoint
ALTER TYPE "public"."instrument" ADD VALUE 'work';--> statement-breakpoint
ALTER TYPE "public"."goal_measure" ADD VALUE 'work';--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_score_range";--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_score_range" CHECK (CASE "measure_responses"."instrument"::text WHEN 'fabq' THEN "measure_responses"."score" BETWEEN 0 AND 42 WHEN 'work' THEN "measure_responses"."score" BETWEEN 0 AND 7 ELSE "measure_responses"."score" BETWEEN 0 AND 10 END);