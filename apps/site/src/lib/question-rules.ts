/**
 * The limits of a reader's question, without the schema that enforces them
 * (question-schema.ts), so the question box can show its counter without loading zod.
 */
export const QUESTION_MIN = 10;
export const QUESTION_MAX = 1000;
