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
