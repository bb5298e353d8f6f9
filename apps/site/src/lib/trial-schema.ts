import { z } from 'zod';
import { beaconSteps, cleanUtm, normalizeSource, SOURCE_MAX } from './attribution';
import { EMAIL_MAX, NAME_MAX, storableText } from './text-rules';
import './zod';

/**
 * What a reader sends to start a trial, and where they came from. The same schema runs in the
 * browser (messages at the field before sending) and in the API (which trusts nothing).
 */

export const experienceLevels = [
  { value: 'new-to-options', label: 'New to options' },
  { value: 'some-options', label: 'I have traded some options' },
  { value: 'spreads-regularly', label: 'I trade spreads or condors regularly' },
  { value: 'professional', label: 'I trade or manage money professionally' },
] as const;

export type ExperienceValue = (typeof experienceLevels)[number]['value'];

const experienceValues = experienceLevels.map((l) => l.value) as [
  ExperienceValue,
  ...ExperienceValue[],
];

/** What the consent box says; a sign-up without it ticked is refused. */
export const TRIAL_CONSENT =
  'I agree to receive the trial signals and related emails at this address, and I understand they are educational examples, not personal advice. I can unsubscribe at any time.';

export const trialSignup = z.object({
  email: z
    .string({ message: 'Enter your email address' })
    .trim()
    .min(1, { message: 'Enter your email address' })
    .max(EMAIL_MAX, { message: `Email can be at most ${EMAIL_MAX} characters` })
    .pipe(z.email({ message: 'Enter a valid email address' }))
    .transform((v) => v.toLowerCase()),
  name: z
    .string({ message: 'Name must be text' })
    .trim()
    .max(NAME_MAX, { message: `Name can be at most ${NAME_MAX} characters` })
    .refine((v) => storableText(v), {
      message: 'Name contains invisible or control characters that cannot be stored',
    })
    .optional()
    .transform((v) => (v ? v : undefined)),
  experience: z.enum(experienceValues, { message: 'Choose your options experience' }),
  consent: z.literal(true, {
    message: 'Tick the box to agree to receive the trial signals by email',
  }),
  source: z
    .string()
    .max(SOURCE_MAX)
    .optional()
    .transform((v) => normalizeSource(v)),
  utm: z
    .record(z.string(), z.unknown())
    .optional()
    .transform((v) => cleanUtm(v)),
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(500).optional(),
});

export type TrialSignupInput = z.input<typeof trialSignup>;
export type ValidTrialSignup = z.output<typeof trialSignup>;

export const funnelBeacon = z.object({
  step: z.enum(beaconSteps, { message: 'Unknown funnel step' }),
  source: z.string().max(SOURCE_MAX),
});

export { fieldErrors as signupErrors } from './zod';
