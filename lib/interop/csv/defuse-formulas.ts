/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and the full-width
 * forms some locales accept) as a formula. A text cell of ours can be split into several spreadsheet cells
 * when the program reading it guesses another list separator (`;` in most of Europe, a tab, a `|`) or
 * breaks a row at a line break inside a note, so a formula start is defused not only at the beginning of
 * the text but wherever a cell could begin: after a line break, a separator or a quote, with any blanks in
 * between (an import that trims spaces would otherwise bring the formula sign to the front).
 *
 * Defusing is OWASP's advice: a single quote before the sign, which spreadsheets read as "this is text".
 * It changes what the reader sees by one character and never drops anything the patient wrote.
 */
const CELL_START = String.raw`^|[\r\n,;\t|"]`;
const BLANKS = String.raw`[ \t\r\n\u00a0\u3000]*`;
const FORMULA_SIGN = String.raw`[=+\-@\uff1d\uff0b\uff0d\uff20]`;

const FORMULA_AT_CELL_START = new RegExp(`(${CELL_START})(${BLANKS})(?=${FORMULA_SIGN})`, "g");

export function defuseFormulas(text: string): string {
  return text.replace(FORMULA_AT_CELL_START, "$1$2'");
}
