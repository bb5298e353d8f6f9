import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrors, questionInput } from '@/lib/question-schema';

const parse = (input: unknown) => questionInput.safeParse(input);
const errorsOf = (input: unknown) => {
  const result = parse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe('questionInput', () => {
  it('accepts 10 to 1000 characters after trimming, with optional name and email', () => {
    const result = parse({
      question: '  How do I size a VIX hedge?  ',
      name: ' Sam ',
      email: 'sam@example.com',
    });
    expect(result.success && result.data).toEqual({
      question: 'How do I size a VIX hedge?',
      name: 'Sam',
      email: 'sam@example.com',
    });
  });

  it('refuses a question shorter than 10 or longer than 1000 characters, with a reason', () => {
    expect(errorsOf({ question: '   short   ' }).question).toBe(
      'Your question needs at least 10 characters',
    );
    expect(errorsOf({ question: 'x'.repeat(1001) }).question).toBe(
      'Your question can be at most 1000 characters',
    );
    expect(parse({ question: 'x'.repeat(1000) }).success).toBe(true);
  });

  it('refuses control characters but keeps line breaks and tabs', () => {
    expect(errorsOf({ question: 'A question with a \u0007 bell' }).question).toMatch(
      /cannot be stored/,
    );
    expect(parse({ question: 'Line one\nline two\tand a tab' }).success).toBe(true);
  });

  it('treats an empty email as absent and refuses a malformed one', () => {
    expect(parse({ question: 'A valid question here', email: '  ' }).success).toBe(true);
    expect(errorsOf({ question: 'A valid question here', email: 'not-an-email' }).email).toMatch(
      /valid email/,
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => parse(value)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
