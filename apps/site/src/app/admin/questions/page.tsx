import type { Metadata } from 'next';
import { AdminQuestionQueue, type QueueQuestion } from '@/components/admin-question-queue';
import { Link } from '@/components/link';
import { getDatabase } from '@/db/client';
import type { QuestionStatus } from '@/db/schema';
import { articles } from '@/lib/content';
import { formatUtcMinute } from '@/lib/format';
import { requireAdminPage } from '@/server/admin-guard';
import {
  isQuestionStatus,
  QUESTION_STATUSES,
  questionsByStatus,
  statusCounts,
} from '@/server/moderation';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Questions' };

type Props = { searchParams: Promise<{ status?: string | string[] }> };

const LABELS: Record<QuestionStatus, string> = {
  new: 'New',
  answered: 'Answered',
  rejected: 'Rejected',
  spam: 'Spam',
};

export default async function AdminQuestionsPage({ searchParams }: Props) {
  const requested = (await searchParams).status;
  const status: QuestionStatus = isQuestionStatus(requested) ? requested : 'new';
  await requireAdminPage(`/admin/questions?status=${status}`);
  const { db } = await getDatabase();
  const [counts, rows] = await Promise.all([statusCounts(db), questionsByStatus(db, status)]);
  const questions: QueueQuestion[] = rows.map((r) => ({
    id: r.id,
    question: r.question,
    name: r.name,
    email: r.email,
    articleSlug: r.articleSlug,
    answeredBySlug: r.answeredBySlug,
    status: r.status,
    createdAt: `${formatUtcMinute(r.createdAt)} UTC`,
  }));
  const options = [...articles]
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
    .map((a) => ({ slug: a.slug, title: a.title }));

  return (
    <div>
      <h1 className="text-2xl font-bold">Readers’ questions</h1>
      <nav aria-label="Question status" className="mt-4 flex flex-wrap gap-2">
        {QUESTION_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/questions?status=${s}`}
            aria-current={s === status ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${
              s === status
                ? 'border-accent bg-accent text-on-accent'
                : 'border-border hover:bg-surface-2'
            }`}
          >
            {LABELS[s]} ({counts[s]})
          </Link>
        ))}
      </nav>
      <AdminQuestionQueue questions={questions} articles={options} />
    </div>
  );
}
