import {
  Body,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type * as React from 'react';
import { riskDisclaimer, site } from '../lib/site';

/**
 * The frame of every email: the site's name in its accent colour, a card, and a footer with why
 * the reader gets it, an unsubscribe link and the risk disclaimer. Colours are set on every block
 * (never left transparent), and a dark palette is given to clients that honour
 * prefers-color-scheme, so clients that invert colours on their own still keep the contrast.
 */

export const brand = {
  accent: '#1d4ed8',
  onAccent: '#ffffff',
  fg: '#0f172a',
  muted: '#4a5568',
  bg: '#f5f7fa',
  card: '#ffffff',
  border: '#cfd6e0',
  warningBg: '#fff7e6',
  warningBorder: '#d69e2e',
} as const;

const darkStyles = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .vx-body, .vx-outer { background-color: #0b1120 !important; }
  .vx-card { background-color: #111a2e !important; border-color: #334155 !important; }
  .vx-text, .vx-heading { color: #e6eaf2 !important; }
  .vx-muted { color: #a3aec2 !important; }
  .vx-link, .vx-brand { color: #7cb3ff !important; }
  .vx-warning { background-color: #2a2110 !important; border-color: #b7791f !important; color: #e6eaf2 !important; }
}
`;

const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export const textStyle: React.CSSProperties = {
  color: brand.fg,
  fontSize: '16px',
  lineHeight: '26px',
  margin: '0 0 16px',
};

export const mutedStyle: React.CSSProperties = {
  color: brand.muted,
  fontSize: '13px',
  lineHeight: '20px',
  margin: '0 0 10px',
};

export const linkStyle: React.CSSProperties = { color: brand.accent, textDecoration: 'underline' };

export interface EmailLayoutProps {
  /** The line inbox lists show after the subject. */
  preview: string;
  heading: string;
  /** Why this address gets this email, shown in the footer. */
  reason: string;
  unsubscribeUrl: string;
  siteUrl: string;
  children: React.ReactNode;
}

export function EmailLayout({
  preview,
  heading,
  reason,
  unsubscribeUrl,
  siteUrl,
  children,
}: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{darkStyles}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body
        className="vx-body"
        style={{ backgroundColor: brand.bg, fontFamily: font, margin: 0, padding: '24px 0' }}
      >
        <Container className="vx-outer" style={{ maxWidth: '600px', padding: '0 12px' }}>
          <Text
            className="vx-brand"
            style={{
              color: brand.accent,
              fontSize: '14px',
              fontWeight: 700,
              letterSpacing: '0.06em',
              textTransform: 'uppercase',
              margin: '0 0 12px',
            }}
          >
            {site.name}
          </Text>
          <Section
            className="vx-card"
            style={{
              backgroundColor: brand.card,
              border: `1px solid ${brand.border}`,
              borderRadius: '10px',
              padding: '28px 28px 12px',
            }}
          >
            <Text
              className="vx-heading"
              style={{
                color: brand.fg,
                fontSize: '22px',
                fontWeight: 700,
                lineHeight: '30px',
                margin: '0 0 16px',
              }}
            >
              {heading}
            </Text>
            {children}
          </Section>
          <Section
            className="vx-warning"
            style={{
              backgroundColor: brand.warningBg,
              border: `1px solid ${brand.warningBorder}`,
              borderRadius: '8px',
              margin: '20px 0 0',
              padding: '14px 16px 4px',
            }}
          >
            <Text
              className="vx-text"
              style={{ ...mutedStyle, color: brand.fg, fontWeight: 700, margin: '0 0 6px' }}
            >
              Risk disclaimer
            </Text>
            {riskDisclaimer.map((paragraph) => (
              <Text key={paragraph} className="vx-text" style={{ ...mutedStyle, color: brand.fg }}>
                {paragraph}
              </Text>
            ))}
          </Section>
          <Hr style={{ borderColor: brand.border, margin: '20px 0 12px' }} />
          <Text className="vx-muted" style={mutedStyle}>
            {reason}{' '}
            <Link className="vx-link" href={unsubscribeUrl} style={linkStyle}>
              Unsubscribe
            </Link>{' '}
            and we will not write to this address again.
          </Text>
          <Text className="vx-muted" style={mutedStyle}>
            {site.name} ·{' '}
            <Link className="vx-link" href={siteUrl} style={linkStyle}>
              {siteUrl.replace(/^https?:\/\//, '')}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The one call to action of an email: a padded link, so the whole button is clickable. */
export function EmailButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Section style={{ margin: '8px 0 24px' }}>
      <Link
        href={href}
        style={{
          backgroundColor: brand.accent,
          borderRadius: '6px',
          color: brand.onAccent,
          display: 'inline-block',
          fontSize: '16px',
          fontWeight: 700,
          padding: '12px 22px',
          textDecoration: 'none',
        }}
      >
        {children}
      </Link>
    </Section>
  );
}
