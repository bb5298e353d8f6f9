import { render } from '@react-email/components';
import MailComposer from 'nodemailer/lib/mail-composer';
import type * as React from 'react';
import type { OutboxRow } from '../db/schema';
import { QuestionAnsweredEmail } from '../emails/question-answered-email';
import { TrialAlreadyEmail } from '../emails/trial-already-email';
import { TrialConfirmEmail } from '../emails/trial-confirm-email';
import { TrialWelcomeEmail } from '../emails/trial-welcome-email';
import { env } from '../lib/env';
import { trialOffer } from '../lib/site';
import {
  CONFIRM_LINK_HOURS,
  confirmPath,
  confirmToken,
  oneClickPath,
  siteUrl,
  unsubscribePagePath,
  unsubscribeToken,
} from './email-links';

/**
 * Turns an outbox row into the exact message that leaves: subject, HTML and plain-text parts
 * (React Email), the headers (stable Message-ID, RFC 8058 one-click unsubscribe), and the whole
 * RFC 5322 source built once by nodemailer's composer. The source is stored with the row, so
 * every attempt sends the same bytes.
 */

export interface ComposedEmail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  raw: string;
}

type Row = Pick<OutboxRow, 'kind' | 'recipient' | 'payload' | 'messageId' | 'createdAt'>;

interface Content {
  subject: string;
  element: React.ReactElement;
}

async function content(row: Row, key: Uint8Array, unsubscribeUrl: string): Promise<Content> {
  const p = row.payload;
  const common = { unsubscribeUrl, siteUrl: env.SITE_URL };
  switch (row.kind) {
    case 'trial-confirm': {
      const token = await confirmToken(
        key,
        { leadId: need(p, 'leadId'), email: row.recipient },
        row.createdAt,
      );
      return {
        subject: `Confirm your email to start your ${trialOffer.name} trial`,
        element: (
          <TrialConfirmEmail
            {...common}
            name={p.name}
            confirmUrl={siteUrl(confirmPath(token))}
            validHours={CONFIRM_LINK_HOURS}
          />
        ),
      };
    }
    case 'trial-welcome':
      return {
        subject: `Welcome to ${trialOffer.name}: your ${trialOffer.lengthDays}-day trial has started`,
        element: (
          <TrialWelcomeEmail
            {...common}
            name={p.name}
            answersUrl={siteUrl('/ask')}
            calculatorsUrl={siteUrl('/calculators')}
          />
        ),
      };
    case 'trial-already':
      return {
        subject: `You are already signed up for ${trialOffer.name}`,
        element: <TrialAlreadyEmail {...common} />,
      };
    case 'question-answered': {
      const title = need(p, 'articleTitle');
      return {
        subject: `Your question is answered: ${title}`,
        element: (
          <QuestionAnsweredEmail
            {...common}
            name={p.name}
            question={need(p, 'question')}
            articleTitle={title}
            articleUrl={siteUrl(`/ask/${need(p, 'articleSlug')}`)}
          />
        ),
      };
    }
  }
}

function need(payload: Record<string, string>, field: string): string {
  const value = payload[field];
  if (typeof value !== 'string' || value === '') throw new Error(`email payload lacks ${field}`);
  return value;
}

export async function composeEmail(
  row: Row,
  key: Uint8Array,
  now: Date = new Date(),
): Promise<ComposedEmail> {
  const token = await unsubscribeToken(key, row.recipient);
  const { subject, element } = await content(row, key, siteUrl(unsubscribePagePath(token)));
  const html = await render(element);
  const text = await render(element, { plainText: true });
  const headers: Record<string, string> = {
    'List-Unsubscribe': `<${siteUrl(oneClickPath(token))}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    // RFC 3834: an automatic message; vacation responders should not answer it.
    'Auto-Submitted': 'auto-generated',
  };
  const raw = await build({
    from: env.MAIL_FROM,
    to: row.recipient,
    subject,
    text,
    html,
    messageId: row.messageId,
    date: now,
    headers: Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, { prepared: true, value }]),
    ),
  });
  return {
    subject,
    html,
    text,
    headers: {
      From: env.MAIL_FROM,
      To: row.recipient,
      Subject: subject,
      Date: now.toUTCString(),
      'Message-ID': row.messageId,
      ...headers,
    },
    raw,
  };
}

function build(options: ConstructorParameters<typeof MailComposer>[0]): Promise<string> {
  return new Promise((resolve, reject) => {
    new MailComposer(options).compile().build((error, message) => {
      if (error) reject(error);
      else resolve(message.toString('utf8'));
    });
  });
}
