import anyAscii from 'any-ascii';
import { jaroWinkler } from '@skyra/jaro-winkler';

/**
 * Names as comparable Latin tokens: any script transliterated (any-ascii: Мухаммед → Mukhammed, محمد → mhmd), lower
 * case, letters only, and the spellings that transliteration conventions disagree on folded together (kh/h, ou/u,
 * ph/f, y/i, doubled letters), so that Mouhamed, Muhammad and Mukhammed land close.
 */
export function nameTokens(...parts: string[]): string[] {
  return anyAscii(parts.join(' '))
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map(foldSpelling)
    .filter(Boolean);
}

function foldSpelling(token: string): string {
  return token
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ou|oo|w/g, 'u')
    .replace(/ee|ie|y/g, 'i')
    .replace(/dj|dzh|zh/g, 'j')
    .replace(/ck|q/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/** The consonants alone: Arabic script carries few vowels, so "mhmd" should meet "muhamad" here. */
function skeleton(token: string): string {
  return token.length <= 2 ? token : token[0] + token.slice(1).replace(/[aeiou]/g, '');
}

function tokenSimilarity(a: string, b: string): number {
  return Math.max(jaroWinkler(a, b), 0.95 * jaroWinkler(skeleton(a), skeleton(b)));
}

/**
 * 0..1, how alike two full names are, whatever the order of the parts (given and family names are often swapped
 * between registrations) and whether one name has a part the other lacks: each token of the shorter name is matched
 * with its best counterpart, and a missing middle name costs a little, not everything.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Set<number>();
  let total = 0;
  for (const token of short) {
    let best = 0;
    let bestAt = -1;
    long.forEach((other, i) => {
      if (used.has(i)) return;
      const s = tokenSimilarity(token, other);
      if (s > best) [best, bestAt] = [s, i];
    });
    if (bestAt >= 0) used.add(bestAt);
    total += best;
  }
  const coverage = short.length / long.length;
  return (total / short.length) * (0.85 + 0.15 * coverage);
}

/**
 * pg_trgm's similarity (lower case, words padded "  w ", shared trigrams over all trigrams), so that the bench can
 * apply exactly the blocking rule the repository's SQL applies with the `%` operator.
 */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / (ta.size + tb.size - shared);
}

function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}
