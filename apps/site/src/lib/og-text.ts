/** Text fitting for the sharing card (og-card.tsx), kept apart so it is tested without next/og. */

/**
 * Keeps Latin-1 and general punctuation (curly quotes, dashes, ellipsis); anything else (emoji,
 * symbols, other scripts) is dropped rather than fetched as a font over the network.
 */
export function ogText(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2010-\u2027\u2030-\u203a]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Title size that keeps long questions on at most four lines. */
export function ogTitleSize(title: string): number {
  const n = title.length;
  if (n <= 50) return 68;
  if (n <= 90) return 56;
  if (n <= 140) return 46;
  return 40;
}

export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}
