import { rmSync } from 'node:fs';

/** Removes the document the global setup wrote for this run. */
export default function removeOpenApiDocument(): void {
  const file = process.env.OPENAPI_DOCUMENT_FILE;
  if (file?.includes(`avrr-openapi-${process.pid}`)) rmSync(file, { force: true });
}
