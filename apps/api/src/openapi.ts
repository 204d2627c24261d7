import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const OPENAPI_PATH = 'docs';
export const OPENAPI_JSON_PATH = 'docs-json';

/** OpenAPI description at /docs (UI) and /docs-json; endpoints opt into the `bearer` scheme with @ApiBearerAuth(). */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_PATH, app, buildOpenApiDocument(app), { jsonDocumentUrl: OPENAPI_JSON_PATH });
}

/** The document itself; `npm run api:types` generates the web application's types from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return withEdgeAnswers(buildRouteDocument(app));
}

function buildRouteDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('dti-huế API')
      .setDescription(
        'Chấm điểm chuyển đổi số các cơ quan, đơn vị tỉnh Thừa Thiên Huế (Kế hoạch 222/KH-UBND, Phụ lục 4). ' +
          'Digital-transformation scoring of Thừa Thiên Huế agencies, event-sourced. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
  );
}

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { type: 'object' } } };

/**
 * The answers every route can give before or beside its handler, added where a route does not document
 * them itself, so the document lists every status a route really answers: 400 (the platform's checks of
 * every body, query and path: hostile values, nesting, unsafe integers, malformed JSON), 413 for bodies
 * over the limit, and 422 IDEMPOTENCY_KEY_REUSED where the Idempotency-Key header is accepted.
 */
export function withEdgeAnswers(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const operation = item[method];
      if (operation === undefined) continue;
      const responses = operation.responses;
      const add = (status: string, description: string): void => {
        const existing = responses[status] as { description?: string } | undefined;
        if (existing === undefined) responses[status] = { description, content: PROBLEM_CONTENT };
        else if (existing.description !== undefined && !existing.description.includes(description.split(' ')[0]!)) {
          existing.description = `${existing.description}; ${description}`;
        }
      };
      add(
        '400',
        'VALIDATION_FAILED (errors[] names each field: a value that cannot be read, a control character or lone surrogate, nesting beyond 32 levels, a number beyond 2^53) or MALFORMED_JSON (problem+json)',
      );
      if (method === 'post' || method === 'put' || method === 'patch' || operation.requestBody !== undefined) {
        add('413', 'PAYLOAD_TOO_LARGE: the body is over the size limit (problem+json)');
      }
      const idempotent = (operation.parameters ?? []).some(
        (parameter) => 'name' in parameter && parameter.name.toLowerCase() === 'idempotency-key',
      );
      if (idempotent) {
        add('422', 'IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used with a different body (problem+json)');
      }
    }
  }
  return document;
}
