import { startHttpApp } from '@dti/platform';
import { AppModule } from './app.module';
import { OPENAPI_JSON_PATH, OPENAPI_PATH, setupOpenApi } from './openapi';

void startHttpApp({
  module: AppModule,
  service: 'api',
  port: (config) => config.PORT,
  configure: (app) => setupOpenApi(app),
  announce: (url) => ({
    docs: `${url}/${OPENAPI_PATH}`,
    openapi: `${url}/${OPENAPI_JSON_PATH}`,
    ready: `${url}/health/ready`,
  }),
});
