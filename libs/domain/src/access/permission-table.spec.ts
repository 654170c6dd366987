import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { permissionTableMarkdown } from './permission-table';

describe('docs/ACCESS.md', () => {
  it('shows the permission matrix the code applies', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/ACCESS.md'), 'utf8');
    const table = /<!-- permission-table:start -->\n([\s\S]*?)\n<!-- permission-table:end -->/.exec(doc)?.[1];
    expect(table).toBe(permissionTableMarkdown());
  });
});
