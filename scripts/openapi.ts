// The API's OpenAPI document, built from the controllers without starting the server (Nest's preview mode
// instantiates nothing, so no database, Redis or Temporal is needed), and the web app's types generated from it.
//   openapi.ts document <file>   writes the document as JSON (the e2e tests validate responses against it)
//   openapi.ts types [--check]   writes apps/web/src/api-schema.ts; with --check, fails if the committed one differs
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { AppModule } from '../apps/api/src/app.module';
import { createApiDocument } from '../apps/api/src/common/api-document';

const TYPES_FILE = resolve(__dirname, '../apps/web/src/api-schema.ts');

async function buildDocument() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    return createApiDocument(app);
  } finally {
    await app.close();
  }
}

async function generateTypes(): Promise<string> {
  // openapi-typescript ships only ES modules.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(JSON.stringify(await buildDocument())), { alphabetize: true });
  const header =
    "// Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.\n" +
    '// Over 400 lines: the whole API in one file, as openapi-typescript writes it.\n';
  return format(header + astToString(ast), { ...(await resolveConfig(TYPES_FILE)), filepath: TYPES_FILE });
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  if (command === 'document' && argument) {
    writeFileSync(argument, JSON.stringify(await buildDocument()));
  } else if (command === 'types') {
    const generated = await generateTypes();
    if (argument === '--check') {
      if (readFileSync(TYPES_FILE, 'utf8') !== generated) {
        throw new Error('apps/web/src/api-schema.ts is not the one the API document gives: run `npm run api:types`');
      }
    } else {
      writeFileSync(TYPES_FILE, generated);
    }
  } else {
    throw new Error('usage: openapi.ts document <file> | types [--check]');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
