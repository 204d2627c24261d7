import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ROLES, type Role } from '@dti/domain';
import { RouteAccessExplorer, type RouteAccess } from '../../apps/api/src/auth';
import { startApiTestApp, USERNAME_OF_ROLE, type ApiTestApp, type HttpClient } from './support';

/**
 * Every route the application has (discovered from its controllers, so new endpoints join the matrix by
 * themselves) × no token and every role:
 *  - no token                → 401 (public routes: anything but 401/403);
 *  - a role not declared     → 403 ROLE_NOT_ALLOWED;
 *  - a declared role         → neither 401 nor ROLE_NOT_ALLOWED, and never a 5xx (the empty or placeholder
 *                              input may well be refused: 400/404/409/422, or a domain 403 such as NOT_OWN_UNIT).
 * Also checks that OpenAPI declares bearer auth and "Roles: …" for every protected operation.
 */

/** Values for path parameters that name nothing that exists. */
function concretePath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    if (/code|unit/i.test(name)) return 'ZZMATRIX';
    if (/period|quarter/i.test(name)) return '2021-Q1';
    return 'zz-matrix-nothing';
  });
}

function send(client: HttpClient, route: RouteAccess) {
  const path = concretePath(route.path);
  switch (route.method) {
    case 'GET':
      return client.get(path);
    case 'POST':
      return client.post(path, {});
    case 'PUT':
      return client.put(path, {});
    case 'PATCH':
      return client.patch(path, {});
    case 'DELETE':
      return client.delete(path);
    default:
      throw new Error(`The matrix does not know how to call ${route.method} ${route.path}`);
  }
}

describe('authorization matrix: every route × every role', () => {
  let api: ApiTestApp;
  let routes: RouteAccess[];
  const clients = new Map<Role, HttpClient>();

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    routes = api.app.get(RouteAccessExplorer).list();
    for (const role of ROLES) clients.set(role, await api.as(USERNAME_OF_ROLE[role]));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('discovers the routes, each either public or declaring its roles', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'GET /accounts',
        'POST /accounts/:username/disable',
        'GET /units',
        'POST /units/:code/merge',
        'GET /catalogues/:id',
        'GET /plans/:plan/progress',
        'POST /plans/:plan/reports/:reportId/approve',
        'GET /reports/:unit/:period.pdf',
        'GET /rankings/:period.pdf',
        'GET /exports/:period/scores.:format',
        'GET /exports/series.:format',
        'GET /health',
      ]),
    );
    const undeclared = routes.filter((route) => !route.public && route.roles.length === 0);
    expect(undeclared.map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`)).toEqual(
      [],
    );
    expect(routes.filter((route) => route.public).map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'GET /health',
        'GET /health/ready',
        'GET /open-data/datapackage.json',
        'GET /open-data/:period/rankings.:format',
      ]),
    );
  });

  it('answers each route as its declaration says, for no token and for every role', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const name = `${route.method} ${route.path}`;
      const anonymous = await send(api.anonymous, route);
      if (route.public ? [401, 403].includes(anonymous.status) : anonymous.status !== 401) {
        failures.push(`${name} without a token: ${anonymous.status} ${anonymous.body?.code ?? ''}`);
      }
      if (route.public) continue;
      for (const role of ROLES) {
        const response = await send(clients.get(role) as HttpClient, route);
        const code = (response.body as { code?: string } | undefined)?.code;
        const declared = route.roles.includes(role);
        if (declared && (response.status === 401 || code === 'ROLE_NOT_ALLOWED' || response.status >= 500)) {
          failures.push(`${name} as ${role} (declared): ${response.status} ${code ?? ''}`);
        }
        if (!declared && (response.status !== 403 || code !== 'ROLE_NOT_ALLOWED')) {
          failures.push(`${name} as ${role} (not declared): ${response.status} ${code ?? ''}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('documents bearer auth and the roles of every protected operation in OpenAPI', () => {
    const document: OpenAPIObject = SwaggerModule.createDocument(
      api.app,
      new DocumentBuilder().addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer').build(),
    );
    const problems: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const operation = (document.paths[path] as Record<string, unknown> | undefined)?.[route.method.toLowerCase()] as
        | { security?: Array<Record<string, unknown>>; description?: string; responses?: Record<string, unknown> }
        | undefined;
      const name = `${route.method} ${route.path}`;
      if (operation === undefined) {
        problems.push(`${name}: not in the OpenAPI document`);
        continue;
      }
      if (route.public) continue;
      if (!operation.security?.some((scheme) => 'bearer' in scheme)) problems.push(`${name}: no bearer security`);
      if (!operation.description?.includes(`Roles: ${route.roles.join(', ')}.`)) {
        problems.push(`${name}: description lacks "Roles: ${route.roles.join(', ')}."`);
      }
      for (const status of ['401', '403']) {
        if (operation.responses?.[status] === undefined) problems.push(`${name}: no ${status} response documented`);
      }
    }
    expect(problems).toEqual([]);
  });
});
