/**
 * Browser harness for the benchmark and for looking at the calculators outside the site: one
 * page that mounts the calculator named in `?c=` (all of them without it), `?dark` for dark mode.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { calculatorComponents } from '../src/components';

const params = new URLSearchParams(window.location.search);
if (params.has('dark')) document.documentElement.classList.add('dark');
const only = params.get('c');
const entries = Object.entries(calculatorComponents).filter(([name]) => !only || name === only);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main className="mx-auto max-w-3xl p-3">
        <h1 className="text-xl font-bold">@vixshield/ui harness</h1>
        {entries.map(([name, Calculator]) => (
          <Calculator key={name} />
        ))}
      </main>
    </StrictMode>,
  );
}
