// Keeps docs/ARCHITECTURE.md honest: every file, function and test its rule map names must exist, and no source
// file grows past 400 lines without saying why at its top.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface MappedRule {
  rule: string;
  file: string;
  fn: string;
  testFile: string;
  testTitle: string;
}

/** The rows between the rule-map markers: | rule | `file` | `function` | `test file` › "title words" |. */
export function parseRuleMap(markdown: string): MappedRule[] {
  const start = markdown.indexOf('<!-- rule-map:start -->');
  const end = markdown.indexOf('<!-- rule-map:end -->');
  if (start < 0 || end < start) throw new Error('docs/ARCHITECTURE.md has no rule-map markers');
  const rows = markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| Rule') && !line.startsWith('| ---'));
  return rows.map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const code = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];
    const test = /^`([^`]+)` › "([^"]+)"$/.exec(cells[3] ?? '');
    const [rule, file, fn] = [cells[0], code(cells[1] ?? ''), code(cells[2] ?? '')];
    if (cells.length !== 4 || !file || !fn || !test)
      throw new Error(`a rule-map row is not | rule | \`file\` | \`function\` | \`test\` › "title" |: ${line}`);
    return { rule, file, fn, testFile: test[1], testTitle: test[2] };
  });
}

/** Whether `source` defines `name`: a function, a constant, a class or a method. */
export function defines(source: string, name: string): boolean {
  const n = name.replace(/[$]/g, '\\$');
  return new RegExp(
    `(function\\s+${n}\\b|(const|let|class)\\s+${n}\\b|^\\s+(async\\s+)?${n}\\s*(<[^>]*>)?\\()`,
    'm',
  ).test(source);
}

const rules = parseRuleMap(read('docs/ARCHITECTURE.md'));

describe('the rule map in docs/ARCHITECTURE.md', () => {
  it('lists the gates, booking rules, money guarantees and visibility rules', () => {
    for (const kind of ['Gate:', 'Booking:', 'Money:', 'Visibility:']) {
      expect(rules.filter((r) => r.rule.startsWith(kind)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(rules.map((r) => [r.rule, r] as const))('%s: its file, function and test exist', (_, r) => {
    expect(existsSync(join(ROOT, r.file))).toBe(true);
    expect(defines(read(r.file), r.fn)).toBe(true);
    expect(existsSync(join(ROOT, r.testFile))).toBe(true);
    // The title words sit inside the quotes of an it(...) or test(...) call of that file.
    const titles = [...read(r.testFile).matchAll(/\b(?:it|test)(?:\.each\([^)]*\))?\(\s*(['"`])(.*?)\1/g)].map(
      (m) => m[2],
    );
    expect(titles.some((t) => t.includes(r.testTitle))).toBe(true);
  });

  it('notices a name that does not exist', () => {
    expect(defines(read('libs/domain/src/case/booking.rules.ts'), 'bookingViolations')).toBe(true);
    expect(defines(read('libs/domain/src/case/booking.rules.ts'), 'bookingViolation')).toBe(false);
    expect(() => parseRuleMap('<!-- rule-map:start -->\n| a | b | c | d |\n<!-- rule-map:end -->')).toThrow(
      /rule-map row/,
    );
  });
});

const MAX_LINES = 400;
const REASON = /Over 400 lines:/;
const SOURCES = ['apps', 'libs', 'scripts', 'test', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('file size', () => {
  it(`no source file is over ${MAX_LINES} lines without "Over 400 lines: <why>" in its first lines`, () => {
    const unexplained = SOURCES.flatMap(sourceFiles)
      .map((path) => ({ path: relative(ROOT, join(ROOT, path)), lines: read(path).replace(/\n$/, '').split('\n') }))
      .filter(({ lines }) => lines.length > MAX_LINES)
      .filter(({ lines }) => !REASON.test(lines.slice(0, 5).join('\n')))
      .map(({ path, lines }) => `${path} (${lines.length} lines)`);
    expect(unexplained).toEqual([]);
  });
});
