import { Text } from '@react-email/components';
import { EmailButton, EmailLayout, textStyle } from './email-layout';

export interface QuestionAnsweredEmailProps {
  name?: string | undefined;
  question: string;
  articleTitle: string;
  articleUrl: string;
  unsubscribeUrl: string;
  siteUrl: string;
}

/** Sent once, when an editor marks the reader's question answered by an article. */
export function QuestionAnsweredEmail({
  name,
  question,
  articleTitle,
  articleUrl,
  unsubscribeUrl,
  siteUrl,
}: QuestionAnsweredEmailProps) {
  return (
    <EmailLayout
      preview={`Answered: ${articleTitle}`}
      heading="Your question has an answer"
      reason="You get this email because you asked us to write when your question was answered."
      unsubscribeUrl={unsubscribeUrl}
      siteUrl={siteUrl}
    >
      <Text style={textStyle} className="vx-text">
        {name ? `Hello ${name},` : 'Hello,'} you asked:
      </Text>
      <Text
        style={{
          ...textStyle,
          borderLeft: '3px solid #cfd6e0',
          fontStyle: 'italic',
          paddingLeft: '12px',
          whiteSpace: 'pre-wrap',
        }}
        className="vx-text"
      >
        {question}
      </Text>
      <Text style={textStyle} className="vx-text">
        It is answered in “{articleTitle}”.
      </Text>
      <EmailButton href={articleUrl}>Read the answer</EmailButton>
    </EmailLayout>
  );
}
