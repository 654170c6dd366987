// Duplicate persons: precision and recall of the duplicate check on 10,000 generated registrations, 2,000 of them
// second registrations of an earlier person (misspelt, transliterated from Arabic or Cyrillic script, another Latin
// spelling, given and family names swapped, birth day and month swapped; one to three of these at once, a
// document number kept or not, now and then another nationality).
// Pairs are pre-selected exactly as the repository's SQL does (`sharesBlock`), then scored (`scoreDuplicate`).
// Usage: node -r @swc-node/register bench/duplicate-persons.ts [persons=10000] [duplicates=2000] [seed=16]
import { DUPLICATE_THRESHOLD, type PersonIdentity, scoreDuplicate, sharesBlock, swappedBirthDate } from '@avrr/domain';

const PERSONS = Number(process.argv[2] ?? 10_000);
const DUPLICATES = Number(process.argv[3] ?? 2_000);
let seed = Number(process.argv[4] ?? 16);

// mulberry32: a seeded generator, so that every run prints the same figures.
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/** A name: its Latin spellings (the first is the usual one) and, where it has one, its form in another script. */
interface Name {
  latin: string[];
  script?: string;
}
const n = (latin: string, script?: string): Name => ({ latin: latin.split('|'), script });

const GROUPS: Array<{ nationalities: string[]; given: Name[]; family: Name[] }> = [
  {
    nationalities: ['GN', 'SN', 'ML', 'CI'],
    given: [
      n('Mamadou|Mamadu'),
      n('Ousmane|Usman|Ousman'),
      n('Abdoulaye|Abdulai|Abdoulay'),
      n('Aissatou|Aïssatou|Aisatu'),
      n('Mariama|Mariam|Maryam'),
      n('Aminata|Aminatou'),
      n('Fatoumata|Fatumata|Fatima'),
      n('Ibrahima|Ibrahim|Brahima'),
      n('Moussa|Musa|Mousa'),
      n('Seydou|Seidou|Saidu'),
      n('Kadiatou|Kadiatu|Khadija'),
      n('Alpha|Alfa'),
      n('Sekou|Sékou|Sekouba'),
      n('Binta|Bintou'),
      n('Oumar|Umar|Omar'),
      n('Boubacar|Bubakar|Aboubacar'),
      n('Adama'),
      n('Djenabou|Jenabu|Dienabou'),
    ],
    family: [
      n('Diallo|Dialo|Jallow'),
      n('Traore|Traoré|Trawally'),
      n('Camara|Kamara'),
      n('Bah|Ba|Barry'),
      n('Sow|Sou'),
      n('Keita|Keïta|Kéita'),
      n('Ndiaye|Njie|N’Diaye'),
      n('Diop|Jobe'),
      n('Sylla|Sila|Cila'),
      n('Toure|Touré|Turay'),
      n('Conde|Condé|Konde'),
      n('Coulibaly|Kulibali|Kulibaly'),
      n('Sangare|Sangaré'),
      n('Kouyate|Kouyaté|Kuyateh'),
      n('Fofana|Fofanah'),
      n('Cisse|Cissé|Sisay'),
      n('Doumbia|Dumbia'),
      n('Kante|Kanté|Kanteh'),
    ],
  },
  {
    nationalities: ['MA', 'TN', 'DZ', 'SY', 'IQ', 'EG'],
    given: [
      n('Mohamed|Mohammed|Muhammad|Mouhamed|Mohamad', 'محمد'),
      n('Ahmed|Ahmad', 'أحمد'),
      n('Youssef|Yousef|Yusuf', 'يوسف'),
      n('Omar|Umar', 'عمر'),
      n('Hassan|Hasan', 'حسن'),
      n('Ali', 'علي'),
      n('Khadija|Khadidja|Hadija', 'خديجة'),
      n('Fatima|Fatma|Fatmah', 'فاطمة'),
      n('Ibrahim|Ebrahim', 'إبراهيم'),
      n('Karim|Kareem', 'كريم'),
      n('Samir|Sameer', 'سمير'),
      n('Nadia|Nadiya', 'نادية'),
      n('Leila|Layla|Laila', 'ليلى'),
      n('Zainab|Zeinab|Zaynab', 'زينب'),
      n('Bilal', 'بلال'),
      n('Amira|Ameera', 'أميرة'),
      n('Mustafa|Moustafa|Mostafa', 'مصطفى'),
      n('Rania', 'رانيا'),
    ],
    family: [
      n('Haddad|Hadad', 'حداد'),
      n('Khalil|Halil', 'خليل'),
      n('Mansour|Mansur', 'منصور'),
      n('Hussein|Husain|Hussain', 'حسين'),
      n('Abdullah|Abdallah', 'عبدالله'),
      n('Rahman|Rahmane', 'رحمن'),
      n('Saleh|Salih', 'صالح'),
      n('Nasser|Nasir|Naser', 'ناصر'),
      n('Hamdan', 'حمدان'),
      n('Kassem|Qasim|Kacem', 'قاسم'),
      n('Youssef|Yousef', 'يوسف'),
      n('Othman|Osman|Uthman', 'عثمان'),
      n('Boukhari|Bukhari', 'بخاري'),
      n('Benali|Ben Ali', 'بن علي'),
      n('Chaouki|Shawki', 'شوقي'),
      n('Zidane|Zeidan', 'زيدان'),
    ],
  },
  {
    nationalities: ['UA', 'RU', 'BY', 'MD'],
    given: [
      n('Oleksandr|Aleksandr|Alexander|Olexandr', 'Олександр'),
      n('Olena|Elena|Alena', 'Олена'),
      n('Dmytro|Dmitri|Dmitry', 'Дмитро'),
      n('Natalia|Natalya|Nataliya', 'Наталья'),
      n('Serhii|Sergei|Sergey|Serhiy', 'Сергій'),
      n('Iryna|Irina', 'Ирина'),
      n('Tetiana|Tatiana|Tatyana', 'Тетяна'),
      n('Andrii|Andrei|Andrey', 'Андрій'),
      n('Yulia|Yuliya|Julia', 'Юлія'),
      n('Mykola|Nikolai|Nikolay', 'Микола'),
      n('Oksana', 'Оксана'),
      n('Viktor|Victor', 'Віктор'),
      n('Svitlana|Svetlana', 'Світлана'),
      n('Yevhen|Evgeny|Yevgeniy', 'Євген'),
      n('Anastasiia|Anastasia', 'Анастасія'),
      n('Maksym|Maxim|Maksim', 'Максим'),
    ],
    family: [
      n('Kovalenko', 'Коваленко'),
      n('Shevchenko|Shevtchenko', 'Шевченко'),
      n('Petrov', 'Петров'),
      n('Ivanov|Ivanow', 'Иванов'),
      n('Bondarenko', 'Бондаренко'),
      n('Melnyk|Melnik', 'Мельник'),
      n('Kuznetsov|Kuznetsova', 'Кузнецов'),
      n('Tkachenko', 'Ткаченко'),
      n('Kravchenko|Kravtchenko', 'Кравченко'),
      n('Oliinyk|Oleynik|Oliynyk', 'Олійник'),
      n('Moroz', 'Мороз'),
      n('Lysenko|Lisenko', 'Лисенко'),
      n('Boyko|Boiko', 'Бойко'),
      n('Savchenko', 'Савченко'),
      n('Rudenko', 'Руденко'),
      n('Marchenko', 'Марченко'),
    ],
  },
];

interface Registration extends PersonIdentity {
  id: number;
  /** For a second registration, the first one's id. */
  of?: number;
  variations?: string[];
}

function birthDate(): string {
  const year = 1950 + Math.floor(random() * 58);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** One typing slip: a letter replaced, dropped, doubled or two letters swapped. */
function misspell(word: string): string {
  if (word.length < 3) return word + pick([...LETTERS]);
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + pick([...LETTERS]) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

const people: Registration[] = [];
const origin = new Map<number, { group: (typeof GROUPS)[number]; given: Name; family: Name }>();
for (let id = 0; id < PERSONS - DUPLICATES; id++) {
  const group = pick(GROUPS);
  const given = pick(group.given);
  const family = pick(group.family);
  origin.set(id, { group, given, family });
  people.push({
    id,
    givenNames: given.latin[0],
    familyName: family.latin[0],
    dateOfBirth: birthDate(),
    nationality: pick(group.nationalities),
    documentNumbers:
      random() < 0.6 ? [`${pick(['P', 'A', 'X'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`] : [],
  });
}

const firsts = [...people];
const duplicated = new Set<number>();
while (people.length < PERSONS) {
  const first = pick(firsts);
  if (duplicated.has(first.id)) continue;
  duplicated.add(first.id);
  const { given, family } = origin.get(first.id)!;
  const second: Registration = {
    ...first,
    id: people.length,
    of: first.id,
    variations: [],
    documentNumbers: random() < 0.3 ? first.documentNumbers : [],
  };
  const kinds = ['misspelling', 'transliteration', 'swapped_birth_date', 'swapped_names'];
  // One to three variations together, as a second registration in another office, language and year would have.
  const chosen = new Set([
    pick(kinds),
    ...(random() < 0.5 ? [pick(kinds)] : []),
    ...(random() < 0.2 ? [pick(kinds)] : []),
  ]);
  // Now and then the nationality is stated differently (a second nationality, a mistake).
  if (random() < 0.1) second.nationality = pick(pick(GROUPS).nationalities);
  for (const kind of chosen) {
    if (kind === 'misspelling') {
      if (random() < 0.5) second.givenNames = misspell(second.givenNames);
      else second.familyName = misspell(second.familyName);
    } else if (kind === 'transliteration') {
      // Written in the other script when the name has one, otherwise another Latin spelling.
      if (given.script && random() < 0.6) {
        second.givenNames = given.script;
        second.familyName = family.script ?? pick(family.latin);
      } else {
        second.givenNames = pick(given.latin);
        second.familyName = pick(family.latin);
      }
    } else if (kind === 'swapped_birth_date') {
      const swapped = swappedBirthDate(first.dateOfBirth);
      if (!swapped) continue;
      second.dateOfBirth = swapped;
    } else {
      [second.givenNames, second.familyName] = [second.familyName, second.givenNames];
    }
    second.variations!.push(kind);
  }
  people.push(second);
}

// Blocking, as the SQL does it, on indexes: same birth date either way round, a shared document number, or the same
// birth year (then the name trigram test inside sharesBlock).
const byYear = new Map<string, Registration[]>();
for (const p of people) byYear.set(p.dateOfBirth.slice(0, 4), [...(byYear.get(p.dateOfBirth.slice(0, 4)) ?? []), p]);
const byDocument = new Map<string, Registration[]>();
for (const p of people) for (const d of p.documentNumbers) byDocument.set(d, [...(byDocument.get(d) ?? []), p]);

const started = performance.now();
const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
const scores = new Map<string, number>();
let compared = 0;
for (const p of people) {
  const pool = new Set([
    ...(byYear.get(p.dateOfBirth.slice(0, 4)) ?? []),
    ...p.documentNumbers.flatMap((d) => byDocument.get(d) ?? []),
  ]);
  for (const q of pool) {
    if (q.id <= p.id || !sharesBlock(p, q)) continue;
    compared += 1;
    scores.set(key(p.id, q.id), scoreDuplicate(p, q).score);
  }
}
const elapsed = performance.now() - started;

const truth = new Set(people.filter((p) => p.of !== undefined).map((p) => key(p.id, p.of!)));
const blocked = [...truth].filter((k) => scores.has(k)).length;

console.log(
  `${PERSONS} registrations, ${truth.size} known duplicate pairs; ${compared} pairs scored after blocking (${(elapsed / 1000).toFixed(1)} s)`,
);
console.log(`blocking keeps ${blocked} of ${truth.size} true pairs (${pct(blocked / truth.size)})`);
console.log('threshold  precision  recall  found  false');
for (const threshold of [0.75, 0.78, 0.8, DUPLICATE_THRESHOLD, 0.85, 0.88, 0.9]) {
  const found = [...scores].filter(([, s]) => s >= threshold).map(([k]) => k);
  const right = found.filter((k) => truth.has(k)).length;
  const mark = threshold === DUPLICATE_THRESHOLD ? '  <- DUPLICATE_THRESHOLD' : '';
  console.log(
    `${threshold.toFixed(2).padStart(9)}  ${pct(right / found.length).padStart(9)}  ${pct(right / truth.size).padStart(6)}  ${String(found.length).padStart(5)}  ${String(found.length - right).padStart(5)}${mark}`,
  );
}

console.log('\nrecall at DUPLICATE_THRESHOLD by variation (a pair may carry two):');
for (const kind of ['misspelling', 'transliteration', 'swapped_birth_date', 'swapped_names']) {
  const pairs = people.filter((p) => p.variations?.includes(kind));
  const hit = pairs.filter((p) => (scores.get(key(p.id, p.of!)) ?? 0) >= DUPLICATE_THRESHOLD).length;
  console.log(`  ${kind.padEnd(20)} ${pct(hit / pairs.length).padStart(6)} of ${pairs.length}`);
}

function pct(x: number): string {
  return `${(100 * (Number.isFinite(x) ? x : 0)).toFixed(1)}%`;
}
