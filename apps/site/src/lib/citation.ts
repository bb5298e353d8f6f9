/**
 * APA-style citation of one of our pages, in the form the knowledge base uses:
 * `Author. (Year). Title. Site section. Retrieved from URL`
 * (American Psychological Association, 2020, Publication Manual, 7th ed., §10.16, adapted with
 * the "Retrieved from" wording readers of the brand we model expect).
 */
export interface CitationInput {
  author: string;
  /** ISO date string or Date of publication. */
  date: string | Date;
  title: string;
  section: string;
  url: string;
}

export interface Citation {
  author: string;
  year: string;
  title: string;
  section: string;
  url: string;
  /** The whole citation as plain text, for copying. */
  text: string;
}

export function apaCitation({ author, date, title, section, url }: CitationInput): Citation {
  const published = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(published.getTime()))
    throw new RangeError(`apaCitation: invalid date "${String(date)}"`);
  const year = String(published.getUTCFullYear());
  const cleanAuthor = author.trim().replace(/\.+$/, '');
  const cleanTitle = title.trim();
  const titleWithStop = /[.?!]$/.test(cleanTitle) ? cleanTitle : `${cleanTitle}.`;
  const text = `${cleanAuthor}. (${year}). ${titleWithStop} ${section}. Retrieved from ${url}`;
  return { author: cleanAuthor, year, title: titleWithStop, section, url, text };
}
