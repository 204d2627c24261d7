import { startHttpApp } from '@dti/platform';
import { AppModule } from './app.module';
import { OPENAPI_JSON_PATH, OPENAPI_PATH, setupOpenApi } from './openapi';
import { WEB_APP_PATH, serveWebApp } from './web/serve-web-app';

void startHttpApp({
  module: AppModule,
  service: 'api',
  port: (config) => config.PORT,
  configure: (app) => {
    setupOpenApi(app);
    serveWebApp(app);
  },
  announce: (url) => ({
    app: `${url}${WEB_APP_PATH}/`,
    docs: `${url}/${OPENAPI_PATH}`,
    openapi: `${url}/${OPENAPI_JSON_PATH}`,
    ready: `${url}/health/ready`,
  }),
});
