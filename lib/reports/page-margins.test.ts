import { describe, expect, it } from "vitest";
import { cssString, summaryPageCss } from "./page-margins";

describe("printed page margins", () => {
  it("keeps letters, digits and spaces and escapes everything else", () => {
    expect(cssString("Maria López 1978")).toBe('"Maria López 1978"');
    expect(cssString('a"b')).toBe('"a\\000022b"');
    // The space after an escape is escaped too, or CSS would swallow it as the escape's end.
    expect(cssString("a· b")).toBe('"a\\0000b7\\000020b"');
  });

  it("never lets a name end the string or the style element", () => {
    const css = summaryPageCss({ patientLine: 'x"; } </style><script>alert(1)</script>', clinicLine: "C" });
    expect(css).not.toContain("</style>");
    expect(css).not.toContain("<script>");
    expect(css.match(/"/g)).toHaveLength(8);
  });

  it("numbers the pages", () => {
    expect(summaryPageCss({ patientLine: "P", clinicLine: "C" })).toContain(
      '"Page " counter(page) " of " counter(pages)',
    );
  });
});
