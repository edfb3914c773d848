export * from "./clinics";
export * from "./users";
export * from "./patients";
export * from "./audit";
export * from "./plans";
export * from "./diary";
export * from "./alerts";
export * from "./two-factor";
