import { z } from "zod";

// Free text is stored as typed, so it must be text PostgreSQL can keep and give back unchanged. NUL cannot be
// stored at all (the insert fails); an unpaired surrogate is not valid UTF-16, so it would be written as U+FFFD
// and the saved entry would differ from what the server acknowledged; other control characters are never typed.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Names are shown in lists and headings: no line breaks or tabs, and no direction overrides that would make
// one name display as another.
const NAME_CONTROL = /[\t\n\r\u202A-\u202E\u2066-\u2069]/;
const VISIBLE = /[\p{L}\p{N}]/u;

export const UNUSUAL_CHARACTERS = "Remove the unusual characters from this text.";

export const isStorableText = (s: string) => !CONTROL.test(s) && !LONE_SURROGATE.test(s);

/** Free text (notes, reasons): any printable text with line breaks, trimmed. */
export const plainText = () => z.string().refine(isStorableText, UNUSUAL_CHARACTERS).trim();

/** A name: one line, something visible in it (a letter or a digit), trimmed. */
export const nameText = (missing: string) =>
  plainText()
    .refine((s) => !NAME_CONTROL.test(s), UNUSUAL_CHARACTERS)
    .refine((s) => s === "" || VISIBLE.test(s), missing);
