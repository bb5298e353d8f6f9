/**
 * Fields that must stay in order (strikes of a spread or a condor): which relation is broken,
 * and on which of its two fields the message belongs. The message goes on the field the reader
 * just changed, so it appears where they are looking, and names the other field and its value
 * ("The short put must be above the long put, 5,600."). When the reader changed neither (a
 * shared link, a third field), it goes on the upper field of the pair.
 */
import { formatPrice } from './format';

export interface OrderedField<K extends string> {
  key: K;
  /** Lower-case name used inside a sentence, e.g. "short put". */
  label: string;
  value: number | undefined;
}

/** How a value is shown in a message: a price level without needless decimals ("5,600"). */
function showValue(value: number): string {
  return formatPrice(value, { decimals: 2 });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks each neighbouring pair of `fields` (ascending order expected): strictly above, or at or
 * above where `allowEqual(i)` says so for the pair (i, i + 1). `edited` is the key of the field
 * the reader changed last.
 */
export function orderErrors<K extends string>(
  fields: readonly OrderedField<K>[],
  options: { allowEqual?: (lowerIndex: number) => boolean; edited?: string | null } = {},
): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (let i = 0; i + 1 < fields.length; i++) {
    const lower = fields[i]!;
    const upper = fields[i + 1]!;
    if (lower.value === undefined || upper.value === undefined) continue;
    const equalOk = options.allowEqual?.(i) ?? false;
    const inOrder = equalOk ? upper.value >= lower.value : upper.value > lower.value;
    if (inOrder) continue;
    if (options.edited === lower.key && !errors[lower.key]) {
      const below = equalOk ? 'at or below' : 'below';
      errors[lower.key] =
        `${capitalised(`the ${lower.label}`)} must be ${below} the ${upper.label}, ${showValue(upper.value)}.`;
    } else if (!errors[upper.key]) {
      const above = equalOk ? 'at or above' : 'above';
      errors[upper.key] =
        `${capitalised(`the ${upper.label}`)} must be ${above} the ${lower.label}, ${showValue(lower.value)}.`;
    }
  }
  return errors;
}
