// text-readability ships no types; only what lib/copy uses.
declare module "text-readability" {
  const readability: {
    fleschKincaidGrade(text: string): number;
    syllableCount(text: string): number;
  };
  export default readability;
}
