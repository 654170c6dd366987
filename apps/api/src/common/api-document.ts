import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentCommonResponses } from './common-responses';
import { documentRequestConstraints } from './request-constraints';

/**
 * The OpenAPI document, from the controllers' and DTOs' decorators plus the answers every route shares. The API
 * serves it at /docs; the tests validate every response against it; the web app's types are generated from it.
 */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Voluntary return and reintegration service')
      .setDescription(
        'Return cases from counselling and consent to reintegration follow-up. Every case runs as a durable ' +
          'Temporal workflow; this API opens cases, reads them and acts on them.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'The access token from POST /auth/login.',
      })
      .addSecurityRequirements('bearer')
      .build(),
  );
  return documentRequestConstraints(app, documentCommonResponses(document));
}
