/**
 * The choices and wording of the trial sign-up form, without the schema that checks them
 * (trial-schema.ts), so the form renders without loading zod.
 */

export const experienceLevels = [
  { value: 'new-to-options', label: 'New to options' },
  { value: 'some-options', label: 'I have traded some options' },
  { value: 'spreads-regularly', label: 'I trade spreads or condors regularly' },
  { value: 'professional', label: 'I trade or manage money professionally' },
] as const;

export type ExperienceValue = (typeof experienceLevels)[number]['value'];

/** What the consent box says; a sign-up without it ticked is refused. */
export const TRIAL_CONSENT =
  'I agree to receive the trial signals and related emails at this address, and I understand they are educational examples, not personal advice. I can unsubscribe at any time.';
