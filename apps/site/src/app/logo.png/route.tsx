import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/brand-mark';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * GET /logo.png: the publisher's logo for structured data, a square PNG drawn at build time.
 * Search engines ask for a raster logo of at least 112 px; the favicon SVG has no pixel size.
 */
export function GET(): ImageResponse {
  const { size } = site.logo;
  return new ImageResponse(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#ffffff' }}>
      <BrandMark fill="#1d4ed8" line="#ffffff" size={size} />
    </div>,
    { width: size, height: size, headers: { 'cache-control': 'public, max-age=86400' } },
  );
}
