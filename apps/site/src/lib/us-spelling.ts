/**
 * The site is written in US English (`<html lang="en-US">`, `inLanguage: en-US`). This is the
 * list of British spellings the content check rejects, each with the US form it suggests. It is a
 * list, not a spelling checker: it holds the British forms our writers actually reach for, so it
 * never flags a correct US word ("exercise", "premise" and "advertise" end in -ise in both).
 */

/** Verbs spelled -ise/-isation in British English and -ize/-ization in US English (stem only). */
const IZE_STEMS = [
  'amortis',
  'annualis',
  'authoris',
  'capitalis',
  'categoris',
  'centralis',
  'characteris',
  'collateralis',
  'decentralis',
  'emphasis',
  'generalis',
  'harmonis',
  'idealis',
  'maximis',
  'minimis',
  'monetis',
  'neutralis',
  'normalis',
  'optimis',
  'organis',
  'penalis',
  'popularis',
  'prioritis',
  'randomis',
  'realis',
  'recognis',
  'specialis',
  'stabilis',
  'standardis',
  'summaris',
  'synchronis',
  'undercollateralis',
  'utilis',
] as const;
const IZE_ENDINGS = ['e', 'ed', 'es', 'ing', 'ation', 'ations'] as const;

/** Nouns and adjectives in -our (British) against -or (US), with their common forms. */
const OR_WORDS: [british: string, us: string][] = [
  'behaviour',
  'behavioural',
  'behaviours',
  'colour',
  'colours',
  'endeavour',
  'favour',
  'favourable',
  'favourably',
  'favoured',
  'favourite',
  'favours',
  'flavour',
  'harbour',
  'honour',
  'honoured',
  'humour',
  'labour',
  'neighbour',
  'neighbourhood',
  'neighbourhoods',
  'neighbouring',
  'neighbours',
  'rumour',
  'unfavourable',
  'vapour',
].map((word) => [word, word.replace('our', 'or')]);

/** Single words whose US form is not a regular ending swap. */
const WORDS: [british: string, us: string][] = [
  ['ageing', 'aging'],
  ['analogue', 'analog'],
  ['analogues', 'analogs'],
  ['analyse', 'analyze'],
  ['analysed', 'analyzed'],
  ['analysing', 'analyzing'],
  ['artefact', 'artifact'],
  ['artefacts', 'artifacts'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['catalogue', 'catalog'],
  ['centre', 'center'],
  ['centred', 'centered'],
  ['centres', 'centers'],
  ['cheque', 'check'],
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['grey', 'gray'],
  ['instalment', 'installment'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['labelled', 'labeled'],
  ['labelling', 'labeling'],
  ['learnt', 'learned'],
  ['levelled', 'leveled'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['manoeuvre', 'maneuver'],
  ['metre', 'meter'],
  ['modelled', 'modeled'],
  ['modelling', 'modeling'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['practising', 'practicing'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['sceptical', 'skeptical'],
  ['signalled', 'signaled'],
  ['signalling', 'signaling'],
  ['totalled', 'totaled'],
  ['travelled', 'traveled'],
  ['travelling', 'traveling'],
  ['whilst', 'while'],
];

/** British spelling (lowercase) → US spelling. */
export const usSpellingOf: ReadonlyMap<string, string> = new Map([
  ...IZE_STEMS.flatMap((stem) =>
    IZE_ENDINGS.map((ending): [string, string] => [
      stem + ending,
      `${stem.slice(0, -1)}z${ending}`,
    ]),
  ),
  ...OR_WORDS,
  ...WORDS,
]);

export interface BritishSpelling {
  /** The word as written. */
  word: string;
  /** The US spelling, in the same case as the word's first letter. */
  us: string;
  /** Offset of the word in the text. */
  index: number;
}

/** Every British spelling in `text`, in order. */
export function findBritishSpellings(text: string): BritishSpelling[] {
  const found: BritishSpelling[] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const us = usSpellingOf.get(word.toLowerCase());
    if (us === undefined) continue;
    const first = word[0] ?? '';
    found.push({
      word,
      us: first === first.toUpperCase() ? us[0]?.toUpperCase() + us.slice(1) : us,
      index: match.index,
    });
  }
  return found;
}
