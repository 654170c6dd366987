import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '@avrr/persistence';

/** FNV-1a, 32 bits: a stable hash, so the held-out split and the query mix are the same on every run. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export async function openDataSource(): Promise<DataSource> {
  return new DataSource({ ...dataSourceOptions(loadAppConfig()), extra: { max: 1 } }).initialize();
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
