import { Text } from '@react-email/components';
import { trialOffer } from '../lib/site';
import { EmailLayout, mutedStyle, textStyle } from './email-layout';

export interface TrialAlreadyEmailProps {
  unsubscribeUrl: string;
  siteUrl: string;
}

/**
 * The answer to a sign-up with an address that is already confirmed. The form says the same
 * thing to everyone ("check your inbox"), so only the owner of the inbox learns this.
 */
export function TrialAlreadyEmail({ unsubscribeUrl, siteUrl }: TrialAlreadyEmailProps) {
  return (
    <EmailLayout
      preview="Nothing more to do: this address is already on the trial."
      heading="You are already signed up"
      reason={`You get this email because this address was entered on our ${trialOffer.name} trial form again.`}
      unsubscribeUrl={unsubscribeUrl}
      siteUrl={siteUrl}
    >
      <Text style={textStyle} className="vx-text">
        Someone, probably you, entered this address on the {trialOffer.name} trial form. It is
        already signed up and confirmed, so nothing changed and there is nothing more to do.
      </Text>
      <Text style={mutedStyle} className="vx-muted">
        If it was not you, you can ignore this email.
      </Text>
    </EmailLayout>
  );
}
