'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { rememberedUtm, sendFunnelStep, type Utm, utmFromSearch } from '@/lib/attribution';
import { experienceLevels, signupErrors, TRIAL_CONSENT, trialSignup } from '@/lib/trial-schema';
import { Honeypot, SubmitRow } from './form-parts';

interface Draft {
  email: string;
  name: string;
  experience: string;
  consent: boolean;
}

const EMPTY: Draft = { email: '', name: '', experience: '', consent: false };

type Status = { state: 'idle' } | { state: 'sending' } | { state: 'error'; message: string };

/**
 * The trial sign-up: validated with the same schema as the API, attributed to the page whose call
 * to action led here (`?from=`) with the visit's UTM parameters. The page stays static: the source
 * is read in the browser, which also reports the trial-page view. On success the reader goes to
 * the "check your inbox" page; on any failure everything typed stays in the form.
 */
export function TrialForm() {
  const id = useId();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [attribution, setAttribution] = useState<{ source: string; utm: Utm }>({
    source: 'direct',
    utm: {},
  });
  const statusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const source = params.get('from') ?? 'direct';
    setAttribution({ source, utm: rememberedUtm(utmFromSearch(params)) });
    sendFunnelStep('trial_view', source);
  }, []);

  function update<K extends keyof Draft>(field: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _removed, ...rest }) => rest);
    if (status.state === 'error') setStatus({ state: 'idle' });
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = {
      email: draft.email,
      name: draft.name,
      experience: draft.experience,
      consent: draft.consent,
      source: attribution.source,
      utm: attribution.utm,
      website,
    };
    const checked = trialSignup.safeParse(payload);
    if (!checked.success) {
      const found = signupErrors(checked.error);
      setErrors(found);
      const first = Object.keys(found)[0];
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setStatus({ state: 'sending' });
    try {
      const response = await fetch('/api/trial', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      const body = (await response.json().catch(() => ({}))) as {
        message?: string;
        fields?: Record<string, string>;
      };
      if (response.status === 202) {
        router.push('/trial/check-inbox');
        return;
      }
      if (body.fields) setErrors(body.fields);
      setStatus({
        state: 'error',
        message:
          body.message ??
          `The server answered ${response.status}. Your details are still here; please try again.`,
      });
    } catch {
      setStatus({
        state: 'error',
        message:
          'We could not reach the server. Check your connection and try again; your details are still here.',
      });
    }
    statusRef.current?.focus();
  }

  const field = (name: string) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm text-loss">
        {errors[name]}
      </p>
    ) : null;
  const input = 'mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg';
  const sending = status.state === 'sending';

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="mt-4 space-y-5"
      data-testid="trial-form"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-email`} className="block text-sm font-medium">
            Email <span className="font-normal text-muted">(required)</span>
          </label>
          <input
            {...field('email')}
            type="email"
            autoComplete="email"
            required
            value={draft.email}
            onChange={(e) => update('email', e.target.value)}
            className={input}
          />
          {error('email')}
        </div>
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Name <span className="font-normal text-muted">(optional)</span>
          </label>
          <input
            {...field('name')}
            type="text"
            autoComplete="name"
            value={draft.name}
            onChange={(e) => update('name', e.target.value)}
            className={input}
          />
          {error('name')}
        </div>
      </div>

      <fieldset
        aria-invalid={errors.experience ? true : undefined}
        aria-describedby={errors.experience ? `${id}-experience-error` : undefined}
      >
        <legend className="text-sm font-medium">Your options experience</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {experienceLevels.map((level) => (
            <label
              key={level.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-border bg-bg px-3 py-2 text-sm has-[:checked]:border-accent"
            >
              <input
                type="radio"
                name="experience"
                value={level.value}
                checked={draft.experience === level.value}
                onChange={() => update('experience', level.value)}
              />
              {level.label}
            </label>
          ))}
        </div>
        {error('experience')}
      </fieldset>

      <div>
        <label className="flex items-start gap-3 text-sm">
          <input
            {...field('consent')}
            type="checkbox"
            checked={draft.consent}
            onChange={(e) => update('consent', e.target.checked)}
            className="mt-1"
          />
          <span>{TRIAL_CONSENT}</span>
        </label>
        {error('consent')}
      </div>

      <Honeypot id={id} value={website} onChange={setWebsite} />

      <SubmitRow
        sending={sending}
        label="Start my free trial"
        sendingLabel="Starting your trial…"
        statusRef={statusRef}
      >
        {status.state === 'error' ? (
          <span className="font-medium text-loss">{status.message}</span>
        ) : null}
      </SubmitRow>
    </form>
  );
}
