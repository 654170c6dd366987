/**
 * Pure text rules of the occupation search: how an occupational title or what a person typed becomes the words
 * the search looks up. The same normalisation is applied to the indexed titles and to queries.
 */

/** Lower case, accents removed, every run of punctuation or spaces turned into one space. */
export function normaliseOccupationText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One word to look up, with its weight (1 for a typed word) and whether a misspelling of it may be corrected. */
export interface OccupationQueryTerm {
  term: string;
  weight: number;
  fuzzy: boolean;
}

/** Words that say nothing about the occupation in what people type ("I worked as a ... at the ..."). */
const FILLER_WORDS = new Set([
  'a',
  'an',
  'the',
  'at',
  'in',
  'on',
  'of',
  'for',
  'to',
  'and',
  'or',
  'with',
  'from',
  'by',
  'as',
  'into',
  'my',
  'i',
  'we',
  'he',
  'she',
  'they',
  'was',
  'were',
  'am',
  'is',
  'be',
  'been',
  'did',
  'do',
  'used',
  'some',
  'other',
  'worked',
  'job',
  'jobs',
  'years',
  'year',
  'months',
  'about',
  'there',
  'also',
  'then',
  'very',
  'people',
]);

/** Weight of a word added by expansion rather than typed. */
export const EXPANSION_WEIGHT = 0.7;
/** Weight of a guessed agent noun ("welding" -> "welder"), looked up only if the index has it exactly. */
export const AGENT_NOUN_WEIGHT = 0.8;

/**
 * Everyday words and their wording in occupational titles ("car" is "motor vehicle" or "automobile" there), and
 * irregular verbs of what people did ("sold" -> sales). Kept small and hand-checked against the title index.
 */
const EXPANSIONS: Record<string, readonly string[]> = {
  car: ['automobile', 'motor', 'vehicle'],
  cars: ['automobile', 'motor', 'vehicle'],
  auto: ['automobile', 'motor', 'vehicle'],
  garage: ['motor', 'vehicle', 'mechanic'],
  lorry: ['truck'],
  sold: ['sales', 'salesperson', 'vendor'],
  sell: ['sales', 'salesperson', 'vendor'],
  selling: ['sales', 'salesperson', 'vendor'],
  seller: ['sales', 'salesperson', 'vendor'],
  fix: ['repairer', 'mechanic'],
  fixed: ['repairer', 'mechanic'],
  fixing: ['repairer', 'mechanic'],
  repaired: ['repairer'],
  repairing: ['repairer'],
  drove: ['driver'],
  taught: ['teacher'],
  built: ['builder', 'construction'],
  made: ['maker'],
  sewed: ['tailor', 'dressmaker'],
  sewing: ['tailor', 'dressmaker'],
  hair: ['hairdresser'],
  barber: ['hairdresser'],
  shop: ['shop', 'salesperson'],
  store: ['shop'],
  phone: ['telephone'],
  doctor: ['physician', 'medical'],
  maid: ['domestic', 'housekeeper'],
  housework: ['domestic', 'cleaner'],
  computer: ['computer', 'software'],
  programmer: ['software', 'developer'],
};

/** Agent nouns guessed from a verb form: welding/welded/weld -> welder; operating -> operator; bake -> baker. */
export function agentNounCandidates(word: string): string[] {
  if (word.length < 4) return [];
  let stem: string | null = null;
  if (word.endsWith('ing') && word.length > 5) stem = word.slice(0, -3);
  else if (word.endsWith('ed') && word.length > 4) stem = word.slice(0, -2);
  const out: string[] = [];
  if (stem) out.push(`${stem}er`, `${stem}or`);
  else if (!/(er|or|ist|ian|man|s|ic|ant|ent|ess|y|al)$/.test(word))
    out.push(word.endsWith('e') ? `${word}r` : `${word}er`);
  return out;
}

/**
 * The weighted words of a query: typed words without fillers (each may be corrected if misspelt), their
 * expansions and guessed agent nouns. At most `max` terms, typed words first, then in a stable order.
 */
export function occupationQueryTerms(query: string, max = 24): OccupationQueryTerm[] {
  const words = normaliseOccupationText(query)
    .split(' ')
    .filter((w) => w.length >= 2 && !FILLER_WORDS.has(w));
  const terms = new Map<string, OccupationQueryTerm>();
  const add = (term: string, weight: number, fuzzy: boolean) => {
    const known = terms.get(term);
    if (!known) terms.set(term, { term, weight, fuzzy });
    else terms.set(term, { term, weight: Math.max(known.weight, weight), fuzzy: known.fuzzy || fuzzy });
  };
  for (const word of words) add(word, 1, word.length >= 4);
  for (const word of words) {
    for (const expansion of EXPANSIONS[word] ?? []) add(expansion, EXPANSION_WEIGHT, false);
    for (const noun of agentNounCandidates(word)) add(noun, AGENT_NOUN_WEIGHT, false);
  }
  return [...terms.values()].slice(0, max);
}
