import fc from 'fast-check';
import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../apps/api/src/openapi';
import { startApiTestApp, type ApiTestApp } from './support';

/**
 * Issue #11's fuzz suite: for every command route of the OpenAPI document (POST, PUT, PATCH, DELETE;
 * routes added later are picked up by themselves), bodies generated from the route's schema mixed with
 * hostile values (control characters, lone surrogates, huge and deeply nested values, numbers beyond
 * 2^53, wrong types, extra fields, `__proto__` / `constructor` keys). Every answer must be below 500, a
 * refused command (4xx) must leave the event store's head where it was, and the process must still be
 * ready at the end. Bounded: RUNS_PER_ROUTE requests per route, TIME_LIMIT_MS in all.
 */
const RUNS_PER_ROUTE = 12;
const TIME_LIMIT_MS = 30_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  nullable?: boolean;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  example?: unknown;
};

interface CommandRoute {
  method: 'post' | 'put' | 'patch' | 'delete';
  path: string;
  roles: string[];
  bodySchema?: Schema;
  /** Why no body is generated, when the route takes one we cannot produce. */
  skipReason?: string;
}

/** Realistic path parameters, so that the body reaches the decider, and a hostile one now and then. */
const PATH_VALUES: Record<string, string[]> = {
  unit: ['STTTT'],
  code: ['SNV', 'STTTT'],
  period: ['2025-Q2', '2025-Q3'],
  criterion: ['7.1.1', '1.1.1'],
  username: ['sub-snv'],
  submissionId: ['sub-00000000-0000-0000-0000-000000000000'],
  id: ['00000000-0000-0000-0000-000000000000'],
};

const USERNAME_OF_ROLE: Record<string, string> = {
  admin: 'admin',
  reviewer: 'reviewer',
  lead_reviewer: 'lead',
  inspector: 'inspector',
  leadership: 'leader',
  submitter: 'sub-stttt',
};

const hostileString = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\u001b[31m', '\u007f', '\u0085', '\ufeff', '‮'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('x'.repeat(5_000), 'Nguyễn '.repeat(2_000), '', ' ', '__proto__', '../../etc/passwd', '1e999'),
);

const hostileNumber = fc.constantFrom(
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1,
  0,
  0.1,
  Number.MAX_SAFE_INTEGER,
  -0,
  1.2345678901234568e29, // what JSON.parse makes of 123456789012345678901234567890
);

const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 5 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant([[[[]]]]),
);

function resolve(document: OpenAPIObject, schema: Schema | undefined): Schema {
  let current: Schema = schema ?? {};
  for (let hops = 0; current.$ref !== undefined && hops < 10; hops += 1) {
    const name = current.$ref.split('/').pop() ?? '';
    current = (document.components?.schemas?.[name] as Schema | undefined) ?? {};
  }
  return current;
}

/** Values shaped by the schema most of the time, hostile or of the wrong type otherwise. */
function valueOf(document: OpenAPIObject, raw: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  const variants = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (variants !== undefined && variants.length > 0) {
    return fc.oneof(...variants.map((variant) => valueOf(document, variant, depth)));
  }
  const shaped = shapedValue(document, schema, depth);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: hostileString },
  );
}

function shapedValue(document: OpenAPIObject, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return fc.oneof(
        {
          weight: 3,
          arbitrary: schema.example !== undefined ? fc.constant(schema.example) : fc.string({ maxLength: 30 }),
        },
        { weight: 2, arbitrary: hostileString },
        {
          weight: 1,
          arbitrary: fc.constantFrom('2025-06-30', '2025-Q2', '1900-01-01', '9999-12-31', 'https://example.org/x.pdf'),
        },
      );
    case 'integer':
    case 'number':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_000 }) },
        { weight: 2, arbitrary: hostileNumber },
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(valueOf(document, schema.items, depth + 1), { maxLength: 3 });
    default: {
      if (depth > 3) return fc.constant({});
      const properties = Object.entries(schema.properties ?? {});
      const shape = Object.fromEntries(
        properties.map(([name, property]) => [name, valueOf(document, property, depth + 1)]),
      );
      const requiredKeys = (schema.required ?? []).filter((key) => key in shape);
      return fc.record(shape, { requiredKeys });
    }
  }
}

/** The body as JSON text, with what JSON.stringify cannot express spliced in: prototype keys, depth. */
function hostileText(body: unknown): fc.Arbitrary<string> {
  const text = JSON.stringify(body) ?? 'null';
  const isObject = text.startsWith('{');
  const splice = (insert: string) => (isObject ? `{${insert}${text === '{}' ? '' : ','}${text.slice(1)}` : text);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(text) },
    { weight: 1, arbitrary: fc.constant(splice('"__proto__":{"role":"admin","isAdmin":true}')) },
    { weight: 1, arbitrary: fc.constant(splice('"constructor":{"prototype":{"polluted":true}}')) },
    { weight: 1, arbitrary: fc.constant(splice(`"deep":${'['.repeat(40_000)}${']'.repeat(40_000)}`)) },
    { weight: 1, arbitrary: fc.constant(splice('"n":123456789012345678901234567890')) },
    { weight: 1, arbitrary: fc.constantFrom('{"a":', '[', 'null', '"text"', '1', '{"a":1}{"b":2}', '\u0000') },
  );
}

function commandRoutes(document: OpenAPIObject): CommandRoute[] {
  const routes: CommandRoute[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation === undefined) continue;
      const roles =
        /Roles: ([a-z_, ]+)\./
          .exec(JSON.stringify(operation.responses ?? {}) + (operation.description ?? ''))?.[1]
          ?.split(',')
          .map((role) => role.trim())
          .filter((role) => role in USERNAME_OF_ROLE) ?? [];
      const content =
        (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content ?? {};
      const json = content['application/json'];
      const multipart = Object.keys(content).find((type) => type.startsWith('multipart/'));
      routes.push({
        method,
        path,
        roles,
        ...(json?.schema === undefined ? {} : { bodySchema: json.schema }),
        ...(json === undefined && multipart !== undefined
          ? { skipReason: `${multipart} body: file parts are not generated here (the evidence specs cover uploads)` }
          : {}),
      });
    }
  }
  return routes;
}

function concretePath(path: string, pick: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(pick(name)));
}

describe('Command routes under generated and hostile bodies (fuzz, e2e)', () => {
  let api: ApiTestApp;
  let document: OpenAPIObject;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    api = await startApiTestApp();
    document = buildOpenApiDocument(api.app);
    for (const [role, username] of Object.entries(USERNAME_OF_ROLE)) tokens.set(role, await api.login(username));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('finds the command routes in the OpenAPI document', () => {
    const routes = commandRoutes(document);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.map((route) => `${route.method.toUpperCase()} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'POST /units',
        'POST /assessments/{unit}/{period}/criteria/{criterion}/submissions',
      ]),
    );
  });

  it('answers every generated request below 500, and a refused command stores nothing', async () => {
    const started = Date.now();
    const routes = commandRoutes(document);
    const skipped: string[] = [];
    const failures: string[] = [];
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const route of routes) {
      if (route.skipReason !== undefined) {
        skipped.push(`${route.method.toUpperCase()} ${route.path}: ${route.skipReason}`);
        continue;
      }
      const remaining = TIME_LIMIT_MS - (Date.now() - started);
      if (remaining <= 0) {
        skipped.push(`${route.method.toUpperCase()} ${route.path}: time budget spent`);
        continue;
      }
      const body = route.bodySchema === undefined ? fc.constant({}) : valueOf(document, route.bodySchema, 0);
      const pathValue = (name: string) =>
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...(PATH_VALUES[name] ?? ['x'])) },
          { weight: 1, arbitrary: hostileString.map((value) => value.slice(0, 200)) },
        );
      const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
      const params = fc.record(Object.fromEntries(names.map((name) => [name, pathValue(name)])));
      const role = route.roles.length > 0 ? fc.constantFrom(...route.roles) : fc.constantFrom('admin', 'submitter');
      await fc
        .assert(
          fc.asyncProperty(
            body.chain(hostileText),
            params,
            role,
            fc.option(fc.integer({ min: 0, max: 0xffffff }).map((n) => n.toString(16))),
            async (text, values, chosenRole, key) => {
              requests += 1;
              const path = concretePath(route.path, (name) => (values as Record<string, string>)[name] ?? 'x');
              const before = await api.store.headPosition();
              let test = request(api.server)[route.method](path).set('Content-Type', 'application/json');
              const token = tokens.get(chosenRole);
              if (token !== undefined && route.path !== '/auth/login')
                test = test.set('Authorization', `Bearer ${token}`);
              if (key !== null) test = test.set('Idempotency-Key', `fuzz-${key}`);
              const response = await test.send(text);
              const label = `${route.method.toUpperCase()} ${path} as ${chosenRole} with ${text.slice(0, 200)}`;
              statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
              if (response.status >= 500)
                failures.push(`${response.status} ${label}: ${JSON.stringify(response.body)}`);
              if (response.status >= 400) {
                const after = await api.store.headPosition();
                if (after !== before)
                  failures.push(`${response.status} but the head moved ${before} → ${after}: ${label}`);
              }
              return response.status < 500;
            },
          ),
          {
            numRuns: RUNS_PER_ROUTE,
            seed: SEED,
            interruptAfterTimeLimit: Math.max(1_000, remaining),
            endOnFailure: true,
          },
        )
        .catch(() => undefined); // Collected in `failures`, reported together below.
    }
    // What was tried, and why some routes got no generated body: said, not silently dropped.
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    process.stdout.write(
      `fuzz: ${requests} requests over ${routes.length} command routes (seed ${SEED}): ${summary.join(' ')}\n`,
    );
    if (skipped.length > 0) process.stdout.write(`fuzz: skipped\n  ${skipped.join('\n  ')}\n`);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(routes.length);
    await request(api.server).get('/health/ready').expect(200);
  });
});
