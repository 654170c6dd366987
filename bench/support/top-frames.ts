// Prints the top frames of a V8 CPU profile (--cpu-prof): self time by function and file, and the share of time
// spent under each of the project's own files (inclusive), so a profile reads as a table in docs/PERFORMANCE.md.
// Usage: node -r @swc-node/register bench/support/top-frames.ts <file.cpuprofile> [rows=25] [from seconds=0]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const rows = Number(process.argv[3] ?? 25);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Only the samples from `from` seconds on: the load, without the start-up and the seeding before it.
const fromUs = Number(process.argv[4] ?? 0) * 1e6;
const self = new Map<number, number>();
let elapsed = 0;
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed >= fromUs) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

const short = (url: string) => url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|libs)\//, '$1/');
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const selfBy = new Map<string, number>();
const underPackage = new Map<string, number>();
for (const [id, t] of self) {
  const node = byId.get(id)!;
  selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + t);
  // Inclusive time per package or project directory: each sample counted once per distinct one on its stack.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = byId.get(at)!.callFrame.url;
    const key = url.includes('node_modules/')
      ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : url.replace(/^file:\/\/.*?\/((apps|libs)\/[^/]+\/src\/[^/]+).*$/, '$1');
    if (key && !key.startsWith('node:') && !seen.has(key)) {
      seen.add(key);
      underPackage.set(key, (underPackage.get(key) ?? 0) + t);
    }
  }
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1)}%`;
console.log(`total ${(total / 1e6).toFixed(1)} s sampled\n\nself time:`);
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${pct(t).padStart(6)}  ${k}`);
console.log('\ninclusive, by package or project directory:');
for (const [k, t] of [...underPackage].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${pct(t).padStart(6)}  ${k}`);
