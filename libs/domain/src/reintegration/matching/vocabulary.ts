/**
 * Normalised texts as small integer ids, so that tags, languages and regions repeated across thousands of
 * opportunities are normalised once and then compared as numbers. Id 0 is the empty text; -1 is "not in here".
 */
export class Vocabulary {
  private readonly idByRaw = new Map<string, number>();
  private readonly idByText = new Map<string, number>([['', 0]]);
  readonly texts: string[] = [''];

  constructor(private readonly normalise: (raw: string) => string) {}

  /** The id of `raw`, added if new. */
  add(raw: string): number {
    let id = this.idByRaw.get(raw);
    if (id === undefined) {
      const text = this.normalise(raw);
      id = this.idByText.get(text);
      if (id === undefined) {
        id = this.texts.length;
        this.texts.push(text);
        this.idByText.set(text, id);
      }
      this.idByRaw.set(raw, id);
    }
    return id;
  }

  /** The id of `raw` without adding it: -1 when no opportunity uses it (so it matches nothing). */
  find(raw: string): number {
    return this.idByRaw.get(raw) ?? this.idByText.get(this.normalise(raw)) ?? -1;
  }
}

export function includesId(list: Int32Array, value: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** The required ids of opportunity k, split by whether the profile has them, as normalised texts. */
export function split(
  start: Int32Array,
  ids: Int32Array,
  k: number,
  held: Int32Array,
  texts: string[],
): { has: string[]; lacks: string[] } {
  const has: string[] = [];
  const lacks: string[] = [];
  for (let j = start[k]; j < start[k + 1]; j++) (includesId(held, ids[j]) ? has : lacks).push(texts[ids[j]]);
  return { has, lacks };
}
