import { z } from "zod";

export const SERIES_RANGES = ["2w", "4w", "12w", "all"] as const;
export type SeriesRange = (typeof SERIES_RANGES)[number];
export const seriesRangeSchema = z.enum(SERIES_RANGES);
export const RANGE_LABEL: Record<SeriesRange, string> = {
  "2w": "2 weeks",
  "4w": "4 weeks",
  "12w": "12 weeks",
  all: "All",
};
