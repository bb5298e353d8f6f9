import { ImageResponse } from 'next/og';
import { BrandMark } from '../components/brand-mark';
import { clampText, ogText, ogTitleSize } from './og-text';

/**
 * The 1200×630 sharing card (Open Graph and Twitter) drawn at build time by next/og. It uses the
 * font bundled with next/og only, so it renders offline: text is reduced to characters that
 * font has, because for any other character next/og would try to download a fallback font.
 */

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = 'image/png';

const colors = {
  bg: '#0b1120',
  surface: '#111a2e',
  fg: '#e6eaf2',
  muted: '#a3aec2',
  accent: '#7cb3ff',
  onAccent: '#0b1120',
};

export interface OgCardInput {
  /** Small line above the title, e.g. "Answer · Iron Condors". */
  kicker: string;
  title: string;
  /** One or two lines under the title. */
  subtitle?: string;
  /** Host shown at the bottom, e.g. ask.vixshield.com */
  host: string;
  siteName: string;
}

export function ogCard(input: OgCardInput): ImageResponse {
  const title = clampText(ogText(input.title), 170);
  const subtitle = input.subtitle ? clampText(ogText(input.subtitle), 150) : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: colors.bg,
        color: colors.fg,
        padding: '56px 72px',
        borderTop: `14px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <BrandMark fill={colors.accent} line={colors.onAccent} size={56} />
        <div style={{ display: 'flex', fontSize: 30, color: colors.fg }}>
          {ogText(input.siteName)}
        </div>
        <div style={{ display: 'flex', marginLeft: 'auto', fontSize: 26, color: colors.accent }}>
          {ogText(input.kicker)}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          marginTop: 24,
        }}
      >
        <div
          style={{
            display: 'flex',
            fontSize: ogTitleSize(title),
            lineHeight: 1.15,
            letterSpacing: '-0.01em',
            color: colors.fg,
          }}
        >
          {title}
        </div>
        {subtitle ? (
          <div
            style={{
              display: 'flex',
              marginTop: 28,
              fontSize: 28,
              lineHeight: 1.35,
              color: colors.muted,
            }}
          >
            {subtitle}
          </div>
        ) : null}
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          fontSize: 24,
          color: colors.muted,
          borderTop: `2px solid ${colors.surface}`,
          paddingTop: 20,
        }}
      >
        <div style={{ display: 'flex' }}>{ogText(input.host)}</div>
        <div style={{ display: 'flex' }}>Education, not investment advice</div>
      </div>
    </div>,
    { ...OG_SIZE },
  );
}
