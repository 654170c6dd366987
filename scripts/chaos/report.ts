import type { Load } from './load';

export interface FaultResult {
  fault: string;
  recoveryMs: number | null;
}

/** The slowest honest answer allowed: the longest deadline (3 s statement after a 2 s connect) plus a margin. */
export const LATENCY_LIMIT_MS = 10_000;
const RECOVERY_LIMIT_MS = 60_000;

/** Prints the table and returns every failed check (empty when all passed). */
export function summarise(
  load: Load,
  results: FaultResult[],
  lost: Map<string, string[]>,
  duplicated: {
    events: number;
    postings: number;
    assets: number;
    transfers: number;
    mails: number;
    mailCount: number;
    unsent: string[];
  },
): string[] {
  const failures: string[] = [];
  const rows: string[][] = [
    ['fault', 'requests', 'status codes seen', 'worst latency', 'time to recover', 'lost', 'dup'],
  ];
  const faults = [{ fault: 'warm-up', recoveryMs: 0 }, ...results, { fault: 'after the faults', recoveryMs: 0 }];
  for (const { fault, recoveryMs } of faults) {
    const samples = load.samples.filter((s) => s.fault === fault);
    const codes = new Map<string, number>();
    for (const s of samples) codes.set(s.status, (codes.get(s.status) ?? 0) + 1);
    const worst = Math.max(0, ...samples.map((s) => s.ms));
    const lostHere = lost.get(fault) ?? [];
    rows.push([
      fault,
      String(samples.length),
      [...codes.entries()]
        .sort()
        .map(([code, n]) => `${code}×${n}`)
        .join(' '),
      `${worst} ms`,
      recoveryMs === null ? 'never' : `${recoveryMs} ms`,
      String(lostHere.length),
      '-',
    ]);
    // A killed API refuses connections until its successor listens: expected during that fault only.
    const allowedNetwork = fault === 'API SIGKILL' ? /^(ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|network)$/ : /^$/;
    for (const [code, n] of codes) {
      if (/^(2|4)\d\d$/.test(code) || code === '503' || allowedNetwork.test(code)) continue;
      failures.push(`${fault}: ${n} answer(s) ${code}`);
    }
    // A fault that met no load proves nothing: the run must fail rather than pass on it.
    if (results.some((r) => r.fault === fault) && samples.length < 10)
      failures.push(`${fault}: only ${samples.length} requests during the fault`);
    if (worst > LATENCY_LIMIT_MS) failures.push(`${fault}: an answer took ${worst} ms (limit ${LATENCY_LIMIT_MS} ms)`);
    if (recoveryMs === null || recoveryMs > RECOVERY_LIMIT_MS) failures.push(`${fault}: no recovery within limit`);
    failures.push(...lostHere.map((l) => `lost: ${l}`));
  }
  const totalDup =
    duplicated.events + duplicated.postings + duplicated.assets + duplicated.transfers + duplicated.mails;
  rows.push([
    'whole run',
    String(load.samples.length),
    `${load.cases.length} cases, ${load.acked.length} actions acknowledged, ${load.transfers.length} transfers confirmed, ${duplicated.mailCount} mails`,
    '',
    '',
    String([...lost.values()].flat().length),
    String(totalDup),
  ]);
  if (duplicated.events) failures.push(`${duplicated.events} duplicated timeline event keys`);
  if (duplicated.postings) failures.push(`${duplicated.postings} duplicated ledger postings`);
  if (duplicated.assets) failures.push(`${duplicated.assets} cases with an asset declared twice`);
  if (duplicated.transfers) failures.push(`${duplicated.transfers} assets with a transfer instructed twice`);
  if (load.transfers.length === 0) failures.push('the load got no transfer confirmed');
  if (duplicated.mails) failures.push(`${duplicated.mails} notification keys mailed more than once`);
  failures.push(...duplicated.unsent.map((u) => `never mailed: ${u}`));
  if (load.acked.length === 0) failures.push('the load got no action acknowledged');

  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    ['', line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'),
  );
  if (load.refusals.length)
    console.log(`\nrefused actions (4xx other than 409):\n  ${load.refusals.slice(0, 20).join('\n  ')}`);
  if (load.networkErrors.length) console.log(`\nno answer:\n  ${load.networkErrors.slice(0, 20).join('\n  ')}`);
  console.log(failures.length === 0 ? '\nall checks passed' : `\nFAILED:\n  ${failures.join('\n  ')}`);
  return failures;
}
