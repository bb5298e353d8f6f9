import { riskDisclaimer } from '@/lib/site';

export function RiskDisclaimer({ className = '' }: { className?: string }) {
  return (
    <aside
      aria-labelledby="risk-disclaimer-heading"
      className={`rounded-lg border border-warning-border bg-warning-bg p-5 text-sm leading-relaxed ${className}`}
    >
      <h2 id="risk-disclaimer-heading" className="mb-2 text-base font-semibold">
        Risk disclaimer
      </h2>
      {riskDisclaimer.map((paragraph) => (
        <p key={paragraph} className="mt-1.5">
          {paragraph}
        </p>
      ))}
    </aside>
  );
}
