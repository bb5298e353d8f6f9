/**
 * A plain search form: submits to /search?q=… (which runs the query in the browser), so it
 * works before any JavaScript has loaded. Used on the home page and the 404 page.
 */
export function SearchForm({
  id,
  label = 'Search answers, glossary terms and calculators',
  defaultValue,
}: {
  id: string;
  label?: string;
  defaultValue?: string;
}) {
  return (
    <search>
      <form action="/search" method="get" className="flex max-w-xl gap-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder="Search: iron condor exits, VIX contango, delta…"
          autoComplete="off"
          enterKeyHint="search"
          className="min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2.5 text-base text-fg placeholder:text-muted"
        />
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2.5 font-semibold text-on-accent hover:opacity-90"
        >
          Search
        </button>
      </form>
    </search>
  );
}
