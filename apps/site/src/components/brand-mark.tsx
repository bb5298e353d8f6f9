/**
 * The brand mark, a rounded square with a zig-zag payoff line, drawn by the header, the sharing
 * cards and the publisher logo (next/og renders it too: plain SVG, no hooks). The favicon,
 * src/app/icon.svg, is the same drawing as a file, since browsers fetch it before any script.
 */
export function BrandMark({
  fill,
  line,
  size,
  className,
}: {
  /** Square and line colours: CSS colours or var(--…) in the page, hex in next/og. */
  fill: string;
  line: string;
  /** Width and height in pixels; omit to size it with `className`. */
  size?: number;
  className?: string;
}) {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" width={size} height={size} className={className}>
      <rect width="64" height="64" rx="14" fill={fill} />
      <path
        d="M12 40 L22 24 L32 36 L42 24 L52 40"
        fill="none"
        stroke={line}
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
