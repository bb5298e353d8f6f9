/** Rules about reader text shared by every form's validation (and by the zod-free attribution code). */

// C0 and C1 control characters other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Longest reader name and email any form stores (RFC 5321 caps a path at 254 octets). */
export const NAME_MAX = 80;
export const EMAIL_MAX = 254;
