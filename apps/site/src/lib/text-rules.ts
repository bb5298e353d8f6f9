/** Rules about reader text shared by every form's validation (and by the zod-free attribution code). */

// C0 and C1 control characters other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Characters that make text read differently from what it is: direction overrides, embeddings
 * and isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C), invisible ones
 * (zero-width space U+200B, word joiner and invisible operators U+2060–U+2064, U+180E, the BOM
 * U+FEFF, the tag characters U+E0000–U+E007F) and the line and paragraph separators U+2028 and
 * U+2029, which break lines where no line break shows in the field. Zero-width (non-)joiners
 * (U+200C, U+200D) stay allowed: scripts such as Persian and emoji sequences need them, and they
 * reorder nothing.
 */
export const DECEPTIVE_CHARACTERS =
  /[\u061C\u180E\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u{E0000}|[\u{E0001}-\u{E007F}]/u;

/**
 * Whether reader text can be stored and shown to an editor as it is: no control characters, no
 * deceptive ones (above), and well-formed UTF-16 (a lone surrogate, which JSON's `\ud800` can
 * carry, is not text).
 */
export function storableText(text: string): boolean {
  return !CONTROL_CHARACTERS.test(text) && !DECEPTIVE_CHARACTERS.test(text) && wellFormed(text);
}

function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** Longest reader name and email any form stores (RFC 5321 caps a path at 254 octets). */
export const NAME_MAX = 80;
export const EMAIL_MAX = 254;
