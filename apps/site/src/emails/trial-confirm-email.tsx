import { Link, Text } from '@react-email/components';
import { trialOffer } from '../lib/site';
import { EmailButton, EmailLayout, linkStyle, mutedStyle, textStyle } from './email-layout';

export interface TrialConfirmEmailProps {
  name?: string | undefined;
  confirmUrl: string;
  validHours: number;
  unsubscribeUrl: string;
  siteUrl: string;
}

/** Double opt-in: nothing starts until the reader opens this link from their own inbox. */
export function TrialConfirmEmail({
  name,
  confirmUrl,
  validHours,
  unsubscribeUrl,
  siteUrl,
}: TrialConfirmEmailProps) {
  return (
    <EmailLayout
      preview={`One click to start your ${trialOffer.lengthDays}-day ${trialOffer.name} trial.`}
      heading="Confirm your email address"
      reason={`You get this email because this address was entered on our ${trialOffer.name} trial form.`}
      unsubscribeUrl={unsubscribeUrl}
      siteUrl={siteUrl}
    >
      <Text style={textStyle} className="vx-text">
        {name ? `Hello ${name},` : 'Hello,'}
      </Text>
      <Text style={textStyle} className="vx-text">
        Please confirm that this is your address to start your {trialOffer.lengthDays}-day free
        trial of {trialOffer.name}.
      </Text>
      <EmailButton href={confirmUrl}>Confirm my email</EmailButton>
      <Text style={mutedStyle} className="vx-muted">
        The link works once, for {validHours} hours. If the button does not work, open this address
        in your browser:{' '}
        <Link
          href={confirmUrl}
          style={{ ...linkStyle, wordBreak: 'break-all' }}
          className="vx-link"
        >
          {confirmUrl}
        </Link>
      </Text>
      <Text style={mutedStyle} className="vx-muted">
        If you did not sign up, ignore this email: without a click nothing starts and we will not
        write again.
      </Text>
    </EmailLayout>
  );
}
