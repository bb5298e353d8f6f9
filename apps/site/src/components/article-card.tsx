import { Link } from '@/components/link';
import type { Question } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { articleCategory } from '@/lib/site';

export function ArticleCard({
  article,
  headingLevel = 3,
}: {
  article: Question;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex h-full flex-col rounded-lg border border-border bg-surface p-5">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        {articleCategory(article.category)?.name}
      </p>
      <Heading className="mt-1.5 text-base font-semibold leading-snug">
        <Link href={article.url} className="hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-sm text-muted">{article.summary}</p>
      <p className="mt-3 text-xs text-muted">
        <time dateTime={article.date.slice(0, 10)}>{formatDate(article.date)}</time> ·{' '}
        {article.readingTime} min read
      </p>
    </article>
  );
}
