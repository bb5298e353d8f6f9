import { Link, Text } from '@react-email/components';
import { trialOffer } from '../lib/site';
import { EmailLayout, linkStyle, textStyle } from './email-layout';

export interface TrialWelcomeEmailProps {
  name?: string | undefined;
  answersUrl: string;
  calculatorsUrl: string;
  unsubscribeUrl: string;
  siteUrl: string;
}

/** Sent once, when the reader confirms: what the trial brings and where to start. */
export function TrialWelcomeEmail({
  name,
  answersUrl,
  calculatorsUrl,
  unsubscribeUrl,
  siteUrl,
}: TrialWelcomeEmailProps) {
  return (
    <EmailLayout
      preview={`Your ${trialOffer.lengthDays}-day trial is confirmed. Here is what happens next.`}
      heading={`Welcome to ${trialOffer.name}`}
      reason={`You get this email because you confirmed your ${trialOffer.name} trial.`}
      unsubscribeUrl={unsubscribeUrl}
      siteUrl={siteUrl}
    >
      <Text style={textStyle} className="vx-text">
        {name ? `Hello ${name},` : 'Hello,'}
      </Text>
      <Text style={textStyle} className="vx-text">
        Your address is confirmed and your {trialOffer.lengthDays}-day free trial has started. Over
        the next {trialOffer.lengthDays} days you will receive:
      </Text>
      {trialOffer.includes.map((item) => (
        <Text
          key={item}
          style={{ ...textStyle, margin: '0 0 10px', paddingLeft: '12px' }}
          className="vx-text"
        >
          • {item}
        </Text>
      ))}
      {trialOffer.terms.map((term) => (
        <Text key={term} style={textStyle} className="vx-text">
          {term}
        </Text>
      ))}
      <Text style={textStyle} className="vx-text">
        Every idea behind the signals is explained in the{' '}
        <Link href={answersUrl} style={linkStyle} className="vx-link">
          answers
        </Link>
        , and the{' '}
        <Link href={calculatorsUrl} style={linkStyle} className="vx-link">
          calculators
        </Link>{' '}
        let you check any position yourself.
      </Text>
    </EmailLayout>
  );
}
