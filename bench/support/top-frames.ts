// Prints the top frames of a V8 profile, so a profile reads as a table in docs/PERFORMANCE.md: a CPU profile
// (--cpu-prof: time) or an allocation profile (BENCH_ALLOC_PROF's .heapprofile: bytes allocated, collected or not).
// Self weight by function and file, and the share under each package or project directory (inclusive).
// Usage: node -r @swc-node/register bench/support/top-frames.ts <file.cpuprofile|file.heapprofile> [rows=25]
//        [from seconds=0, CPU profiles only]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface HeapNode extends Omit<Node, 'children'> {
  children?: HeapNode[];
}
const file = process.argv[2];
const rows = Number(process.argv[3] ?? 25);
const heap = file.endsWith('.heapprofile');
const { nodes, self } = heap ? allocations() : cpuTime();
const byId = new Map(nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** Microseconds per node, counting only the samples from `from` seconds on (the load, not the start-up). */
function cpuTime(): { nodes: Node[]; self: Map<number, number> } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const fromUs = Number(process.argv[4] ?? 0) * 1e6;
  const self = new Map<number, number>();
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    elapsed += profile.timeDeltas[i] ?? 0;
    if (elapsed >= fromUs) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return { nodes: profile.nodes, self };
}

/** Bytes per node: the sampling heap profile is a tree, flattened here to the CPU profile's shape. */
function allocations(): { nodes: Node[]; self: Map<number, number> } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    head: HeapNode;
    samples: { size: number; nodeId: number }[];
  };
  const nodes: Node[] = [];
  const flatten = (n: HeapNode): void => {
    nodes.push({ ...n, children: (n.children ?? []).map((c) => c.id) });
    n.children?.forEach(flatten);
  };
  flatten(profile.head);
  const self = new Map<number, number>();
  for (const s of profile.samples) self.set(s.nodeId, (self.get(s.nodeId) ?? 0) + s.size);
  return { nodes, self };
}

const short = (url: string) =>
  url.replace(/^.*node_modules\//, '').replace(/^(?:file:\/\/)?.*?\/((?:apps|libs)\/)/, '$1');
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const selfBy = new Map<string, number>();
const underPackage = new Map<string, number>();
for (const [id, t] of self) {
  const node = byId.get(id)!;
  selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + t);
  // Inclusive weight per package or project directory: each sample counted once per distinct one on its stack.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = byId.get(at)!.callFrame.url;
    const key = url.includes('node_modules/')
      ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : url.replace(/^(?:file:\/\/)?.*?\/((?:apps|libs)\/[^/]+\/src\/[^/]+).*$/, '$1');
    if (key && !key.startsWith('node:') && !seen.has(key)) {
      seen.add(key);
      underPackage.set(key, (underPackage.get(key) ?? 0) + t);
    }
  }
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1)}%`;
console.log(
  heap ? `total ${(total / 1e6).toFixed(0)} MB allocated (sampled)` : `total ${(total / 1e6).toFixed(1)} s sampled`,
);
console.log(heap ? '\nself (allocated here):' : '\nself time:');
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${pct(t).padStart(6)}  ${k}`);
console.log('\ninclusive, by package or project directory:');
for (const [k, t] of [...underPackage].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${pct(t).padStart(6)}  ${k}`);
