import { z } from 'zod';
import { EMAIL_MAX, NAME_MAX, storableText } from './text-rules';
import './zod';

export { fieldErrors } from './zod';

/**
 * What a reader may submit as a question. The same schema runs in the browser (to show messages
 * at the field before sending) and in the API (which trusts nothing the browser checked).
 */
export const QUESTION_MIN = 10;
export const QUESTION_MAX = 1000;

const optionalText = (max: number, label: string) =>
  z
    .string({ message: `${label} must be text` })
    .trim()
    .max(max, { message: `${label} can be at most ${max} characters` })
    .refine((v) => storableText(v), {
      message: `${label} contains invisible or control characters that cannot be stored`,
    })
    .optional()
    .transform((v) => (v ? v : undefined));

/** Shown when "Email me when it's answered" is ticked without an address. */
export const NOTIFY_NEEDS_EMAIL = 'Enter your email so we can tell you when it is answered';

export const questionInput = z
  .object({
    question: z
      .string({ message: 'Type your question' })
      .trim()
      .min(QUESTION_MIN, { message: `Your question needs at least ${QUESTION_MIN} characters` })
      .max(QUESTION_MAX, { message: `Your question can be at most ${QUESTION_MAX} characters` })
      .refine((v) => storableText(v), {
        message: 'Your question contains invisible or control characters that cannot be stored',
      }),
    name: optionalText(NAME_MAX, 'Name'),
    email: z
      .string({ message: 'Email must be text' })
      .trim()
      .max(EMAIL_MAX, { message: `Email can be at most ${EMAIL_MAX} characters` })
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.email({ message: 'Enter a valid email address, or leave it empty' }).optional()),
    articleSlug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Unknown article' })
      .max(100)
      .optional(),
    /** "Email me when it's answered": needs an email. */
    notify: z.boolean({ message: 'notify must be true or false' }).optional(),
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: z.string().max(500).optional(),
  })
  .refine((q) => !q.notify || q.email !== undefined, {
    message: NOTIFY_NEEDS_EMAIL,
    path: ['email'],
  });

export type QuestionInput = z.input<typeof questionInput>;
export type ValidQuestion = z.output<typeof questionInput>;
