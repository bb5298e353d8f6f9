import type { EmailKind } from '../db/schema';

/** How the admin names each kind of email. */
export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  'trial-confirm': 'Trial: confirm your address',
  'trial-welcome': 'Trial: welcome',
  'trial-already': 'Trial: already signed up',
  'question-answered': 'Question answered',
};
