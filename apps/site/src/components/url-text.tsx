import { Fragment } from 'react';

/**
 * A URL shown as text that a narrow screen may break only after a slash (and at the hyphens of a
 * slug, as the browser already does), never in the middle of a word: "https://ask.vixshield.com/
 * ask/…" rather than "https://ask.v / ixshield.com". A segment longer than the line still wraps.
 */
export function UrlText({ url }: { url: string }) {
  // Cut after every slash that does not start a "//": "https://", "host/", "ask/", "slug".
  const parts = url.split(/(?<=\/)(?!\/)/);
  let end = 0;
  return (
    <span className="break-words">
      {parts.map((part, i) => {
        end += part.length;
        return (
          <Fragment key={end}>
            {part}
            {i > 0 && i < parts.length - 1 ? <wbr /> : null}
          </Fragment>
        );
      })}
    </span>
  );
}
