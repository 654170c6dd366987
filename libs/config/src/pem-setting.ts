import { readFileSync } from 'node:fs';
import type { EnvironmentVariables } from './environment';

/** A certificate or key given either as a file (`<name>_PATH`) or inline (`<name>`, `\n` for newlines). */
export type PemSetting =
  'TEMPORAL_TLS_SERVER_CA_CERT' | 'TEMPORAL_TLS_CLIENT_CERT' | 'TEMPORAL_TLS_CLIENT_KEY' | 'SMTP_TLS_CA_CERT';

/**
 * Reads one PEM setting at boot. What is wrong (both forms set, a file that cannot be read or holds no PEM block) is
 * added to `problems` under the variable's name, so that every problem is reported at once.
 */
export function readPemSetting(e: EnvironmentVariables, name: PemSetting, problems: string[]): Buffer | undefined {
  const pathName = `${name}_PATH` as const;
  const file = e[pathName];
  const inline = e[name];
  if (file && inline) {
    problems.push(`  ${pathName}, ${name}: set one of the two, not both`);
    return undefined;
  }
  if (inline) return Buffer.from(inline.replace(/\\n/g, '\n'));
  if (!file) return undefined;
  try {
    const content = readFileSync(file);
    if (!content.toString('utf8').includes('-----BEGIN '))
      problems.push(`  ${pathName}=${JSON.stringify(file)}: the file holds no PEM block`);
    return content;
  } catch (error) {
    problems.push(
      `  ${pathName}=${JSON.stringify(file)}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
    return undefined;
  }
}
