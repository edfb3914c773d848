/**
 * Text as a CSS string literal that cannot end the string or the <style> element it is written into: every
 * character but letters, digits and spaces becomes a CSS hex escape ("<" -> "\00003c").
 */
export function cssString(text: string): string {
  let out = "";
  let afterEscape = false;
  for (const ch of text) {
    // A space right after an escape would be read as the escape's end, so it is escaped too.
    const plain: boolean = /^[\p{L}\p{N}]$/u.test(ch) || (ch === " " && !afterEscape);
    out += plain ? ch : `\\${ch.codePointAt(0)!.toString(16).padStart(6, "0")}`;
    afterEscape = !plain;
  }
  return `"${out}"`;
}

/**
 * The printed summary's page margins (CSS paged media, which Chromium's print-to-PDF supports): the patient
 * on every page's top, the clinic and "Page x of y" at the foot.
 */
export function summaryPageCss({
  patientLine,
  clinicLine,
}: {
  patientLine: string;
  clinicLine: string;
}): string {
  const box = "font-family: system-ui, sans-serif; font-size: 8pt; color: #475569;";
  return `@page {
  margin: 16mm 12mm 16mm;
  @top-left { content: ${cssString(patientLine)}; ${box} }
  @bottom-left { content: ${cssString(clinicLine)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}`;
}
