import fc from 'fast-check';
import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../apps/api/src/openapi';
import { startApiTestApp, USERNAME_OF_ROLE, type ApiTestApp } from './support';

/**
 * The hostile-input rule for query strings (issue #11's fuzz suite, the read side's half; the command bodies are
 * fuzz-commands.e2e.spec.ts): every GET route of the OpenAPI document that takes query parameters (the
 * timeline's cursor, limit, period, criterion, actor, occurred/from/to and net; the review queues' filters and
 * kind; a criterion history's before and limit; every declared one) and every read route under `?asOf=`, with generated query strings: arbitrary text
 * with control characters, lone surrogates (percent-encoded as their WTF-8 bytes) and broken percent-escapes,
 * huge values, numbers beyond 2^53, dates centuries away, repeated parameters (?limit=1&limit=2), brackets
 * (?limit[a]=1, ?limit[]=1) and unknown names. Every answer must be 2xx, or 4xx as application/problem+json;
 * nothing is stored (the event store's head stays where it was) and the process is still ready at the end. The
 * answers' ETags meet generated If-None-Match headers: the answer, or a 304 only for the answer's own tag.
 * Bounded: RUNS_PER_ROUTE (FOCUS_RUNS for the routes named above) per route, TIME_LIMIT_MS in all.
 */
const RUNS_PER_ROUTE = 10;
const FOCUS_RUNS = 40;
const TIME_LIMIT_MS = 60_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

/** The routes the query parameters were added for: fuzzed harder, and they must be in the document. */
const FOCUS: Record<string, string[]> = {
  '/timeline/{unit}': [
    'cursor',
    'limit',
    'period',
    'criterion',
    'actor',
    'occurredFrom',
    'occurredTo',
    'from',
    'to',
    'net',
  ],
  '/plans/{plan}/review-queue': ['unit', 'period', 'block', 'kind'],
  '/review-queue': ['unit', 'period', 'block', 'group', 'limit'],
  '/scorecards/{unit}/{period}': ['asOf'],
  '/assessments/{unit}/{period}/criteria/{criterion}/history': ['before', 'limit'],
};

/** Not read routes: probes, metrics and the documentation answer the same whatever the query. */
const NOT_READ_ROUTES = /^\/(health|metrics|docs)/;

type Schema = { type?: string; enum?: unknown[]; example?: unknown; items?: Schema };
interface QueryParameter {
  name: string;
  schema?: Schema;
}
interface ReadRoute {
  path: string;
  roles: string[];
  query: QueryParameter[];
}

const PATH_VALUES: Record<string, string> = {
  unit: 'STTTT',
  code: 'STTTT',
  period: '2025-Q2',
  criterion: '7.1.1',
  username: 'admin',
  sha256: '0'.repeat(64),
  format: 'csv',
  id: 'tth-2020',
};

/** Bytes of a string as UTF-8, lone surrogates included (WTF-8), so any JS string can travel in a URL. */
function percentEncoded(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/^[A-Za-z0-9\-_.~]$/.test(char)) {
      out += char;
      continue;
    }
    const bytes =
      code < 0x80
        ? [code]
        : code < 0x800
          ? [0xc0 | (code >> 6), 0x80 | (code & 0x3f)]
          : code < 0x10000
            ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
            : [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    out += bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** Already encoded: what encodeURIComponent cannot produce (it throws on lone surrogates). */
const rawHostile = fc.constantFrom(
  '%00',
  'a%00b',
  '%ED%A0%80', // U+D800, a lone high surrogate, as WTF-8
  'x%ED%BF%BF', // U+DFFF, a lone low surrogate
  '%uD800',
  '%1B%5B31m',
  '%7F',
  '%C2%85',
  '%E2%80%AE',
  '%EF%BB%BF',
  '%FF',
  '%C3%28',
  '%F0%9F',
  '%',
  '%zz',
  '%2',
  '%25%30%30',
  '+',
  '%20',
  '',
);

const hugeNumber = fc.constantFrom(
  '9007199254740992',
  '9007199254740993',
  '-9007199254740993',
  '123456789012345678901234567890',
  '1e21',
  '1e999',
  '-1',
  '0',
  '-0',
  '1.5',
  'NaN',
  'Infinity',
  '0x10',
  '1_000',
  '+5',
  ' 5',
  '05',
);

const farDate = fc.constantFrom(
  '0001-01-01',
  '0000-01-01T00:00:00Z',
  '1200-06-30',
  '1900-01-01',
  '2825-06-30T10:00:00Z',
  '9999-12-31',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-19T00:00:00.000Z',
  '2025-02-30',
  '2025-13-45',
  '2025-06-30T24:00:00Z',
  '2025-06-30T10:00:00+99:00',
  '2025-06-30T10:00:00.123456789Z',
  '1751277600000',
  '2025-Q2',
  '1025-Q1',
  '2025-Q0',
  '2025-Q5',
  '99999-Q1',
  '-2025-Q1',
  '2025-W27',
);

/** Cursors as a client might forge them: base64 of odd JSON or of positions, or not base64 at all. */
const forgedCursor = fc.oneof(
  fc
    .constantFrom(
      '{}',
      'null',
      '[]',
      '"x"',
      '{"position":"123456789012345678901234567890"}',
      '{"position":-1}',
      '{"p":1e999}',
      '{"__proto__":{"x":1}}',
      '{"position":"1","id":"\\u0000"}',
      // The API's own shape ("p" + a global position) with positions it never gave.
      'p0',
      'p-1',
      'p9223372036854775807',
      'p9223372036854775808',
      'p99999999999999999999',
      'p1.5',
      'p 1',
      'p\u0000',
    )
    .map((text) => Buffer.from(text).toString('base64url')),
  fc.constantFrom('!!!', '====', 'eyJ', 'A'.repeat(2_000)),
);

/** Arbitrary text, any code unit (controls, lone surrogates), percent-encoded as its bytes. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 }).map(percentEncoded);

const hugeText = fc.constantFrom('x'.repeat(6_000), '9'.repeat(4_000), percentEncoded('Nguyễn '.repeat(300)));

function goodValues(name: string, schema: Schema | undefined): string[] {
  const enumerated = (schema?.enum ?? schema?.items?.enum ?? []).map(String);
  if (enumerated.length > 0) return enumerated;
  if (/cursor/i.test(name)) return [];
  if (/limit/i.test(name)) return ['1', '10', '100'];
  if (/version/i.test(name)) return ['1', '2'];
  if (/^occurred/i.test(name) || name === 'asOf') return ['2025-06-30T00:00:00Z', '2025-06-30'];
  if (/^(from|to)$/.test(name)) return ['2025-Q1', '2025-Q4', '2025-06-30'];
  if (/period/i.test(name)) return ['2025-Q2', '2025-Q3'];
  if (/unit/i.test(name)) return ['STTTT', 'SNV'];
  if (/criterion/i.test(name)) return ['1.1.1', '7.1.1'];
  if (/actor/i.test(name)) return ['admin', 'sub-stttt'];
  if (/group/i.test(name)) return ['1', '7'];
  return schema?.example === undefined ? ['x'] : [String(schema.example)];
}

/** One `name=value` pair: the name as declared most of the time, or bracketed, or unknown; the value hostile. */
function pair(parameter: QueryParameter): fc.Arbitrary<string> {
  const good = goodValues(parameter.name, parameter.schema);
  const name = fc.oneof(
    { weight: 8, arbitrary: fc.constant(parameter.name) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `${parameter.name}[a]`,
        `${parameter.name}[]`,
        `${parameter.name}[__proto__]`,
        `${parameter.name}[0][1]`,
        `${parameter.name}.x`,
      ),
    },
  );
  const value = fc.oneof(
    ...(good.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...good).map(percentEncoded) }] : []),
    { weight: 2, arbitrary: rawHostile },
    { weight: 2, arbitrary: anyText },
    { weight: 2, arbitrary: hugeNumber },
    { weight: 2, arbitrary: farDate.map(percentEncoded) },
    { weight: 1, arbitrary: forgedCursor },
    { weight: 1, arbitrary: hugeText },
  );
  return fc.oneof(
    { weight: 9, arbitrary: fc.tuple(name, value).map(([n, v]) => `${n}=${v}`) },
    { weight: 1, arbitrary: name }, // a name without `=`
  );
}

const strangeNames = fc
  .constantFrom(
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '%00',
    '%ED%A0%80',
    '',
    '[]',
    'a[b][c][d][e][f]',
    'toString',
  )
  .chain((name) => fc.oneof(rawHostile, hugeNumber).map((value) => `${name}=${value}`));

function queryString(parameters: QueryParameter[]): fc.Arbitrary<string> {
  const pairs = fc.oneof(...parameters.map((parameter) => ({ weight: 6, arbitrary: pair(parameter) })), {
    weight: 1,
    arbitrary: strangeNames,
  });
  // Repeats come by themselves (few names, up to 8 pairs): ?limit=1&limit=2.
  return fc
    .array(pairs, { minLength: 1, maxLength: 8 })
    .chain((list) => fc.constantFrom('&', '&&', ';').map((separator) => list.join(separator)));
}

function readRoutes(document: OpenAPIObject): ReadRoute[] {
  const routes: ReadRoute[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const operation = item.get;
    if (operation === undefined || NOT_READ_ROUTES.test(path)) continue;
    const roles =
      /Roles: ([a-z_, ]+)\./
        .exec(JSON.stringify(operation.responses ?? {}) + (operation.description ?? ''))?.[1]
        ?.split(',')
        .map((role) => role.trim())
        .filter((role) => role in USERNAME_OF_ROLE) ?? [];
    const query = ((operation.parameters ?? []) as Array<{ name?: string; in?: string; schema?: Schema }>)
      .filter((parameter) => parameter.in === 'query' && parameter.name !== undefined)
      .map((parameter): QueryParameter => ({ name: parameter.name!, schema: parameter.schema }));
    // ?asOf= on every read route: declared or not, it must be read or refused, never a 5xx.
    if (!query.some((parameter) => parameter.name === 'asOf')) query.push({ name: 'asOf' });
    routes.push({ path, roles, query });
  }
  return routes;
}

function isProblem(response: request.Response): boolean {
  return String(response.headers['content-type'] ?? '').startsWith('application/problem+json');
}

describe('Read routes under generated and hostile query strings (fuzz, e2e)', () => {
  let api: ApiTestApp;
  let document: OpenAPIObject;
  const tokens = new Map<string, string>();
  let plan = 'tth-222';

  beforeAll(async () => {
    // With the projector, the read model holds the seeded units and plans: queries get past "unknown unit".
    api = await startApiTestApp({ projector: true });
    await api.settle();
    document = buildOpenApiDocument(api.app);
    for (const [role, username] of Object.entries(USERNAME_OF_ROLE)) tokens.set(role, await api.login(username));
    const plans = await request(api.server)
      .get('/plans')
      .set('Authorization', `Bearer ${tokens.get('admin')}`);
    const first = (plans.body as Array<{ id?: string }> | { items?: Array<{ id?: string }> }) ?? [];
    plan = (Array.isArray(first) ? first[0]?.id : first.items?.[0]?.id) ?? plan;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('finds the routes and query parameters it was written for in the OpenAPI document', () => {
    const routes = new Map(readRoutes(document).map((route) => [route.path, route]));
    for (const [path, names] of Object.entries(FOCUS)) {
      expect(routes.get(path)?.query.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(names));
    }
  });

  it.each([
    '/timeline/STTTT?limit=1&limit=2',
    '/timeline/STTTT?limit[a]=1',
    '/timeline/STTTT?limit=123456789012345678901234567890',
    '/timeline/STTTT?cursor=%ED%A0%80',
    '/timeline/STTTT?occurredFrom=0001-01-01&occurredTo=9999-12-31',
    '/review-queue?period=2025-Q2&period=2025-Q3',
    '/scorecards/STTTT/2025-Q2?asOf=%00',
    '/scorecards/STTTT/2025-Q2?asOf=+275760-09-13T00:00:00.000Z',
  ])('%s: a 2xx, or a 4xx problem', async (url) => {
    const role = url.startsWith('/review-queue') ? 'reviewer' : 'admin';
    const response = await request(api.server)
      .get(url)
      .set('Authorization', `Bearer ${tokens.get(role)}`);
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) expect(isProblem(response)).toBe(true);
  });

  it("refuses a query beyond Node's 16 KiB header limit as a 431 problem, before Express, and stays up", async () => {
    const response = await request(api.server)
      .get(`/timeline/STTTT?actor=${'x'.repeat(20_000)}`)
      .set('Authorization', `Bearer ${tokens.get('admin')}`);
    expect(response.status).toBe(431);
    expect(isProblem(response)).toBe(true);
    expect(JSON.parse(response.text)).toMatchObject({ status: 431, code: 'REQUEST_HEADERS_TOO_LARGE' });
    expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    await request(api.server).get('/health/ready').expect(200);
  });

  it.each(['/assessments/STTTT/2025-Q2', '/scorecards/STTTT/2025-Q2', '/scorecards/STTTT/2025-Q2?asOf=1'])(
    '%s under generated If-None-Match headers: the answer, or a 304 only for its own tag',
    async (url) => {
      const get = (ifNoneMatch?: string) => {
        const call = request(api.server)
          .get(url)
          .set('Authorization', `Bearer ${tokens.get('admin')}`);
        return ifNoneMatch === undefined ? call : call.set('If-None-Match', ifNoneMatch);
      };
      const first = await get();
      expect(first.status).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[^"]+"$/);
      expect((await get(etag)).status).toBe(304);
      // What a header may carry (Node's client refuses the rest): tab, printable ASCII and Latin-1 bytes.
      const headerChar = fc
        .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x09))
        .map((code) => String.fromCharCode(code));
      const tag = fc.oneof(
        fc.constantFrom(etag, `W/${etag}`, '*', `"${etag}"`, etag.slice(0, -1), `W/"x"`, '""', ',', '"'),
        fc.string({ unit: headerChar, maxLength: 80 }),
        fc.string({ unit: headerChar, minLength: 2_000, maxLength: 4_000 }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(tag, { minLength: 1, maxLength: 20 }),
          fc.constantFrom(',', ', ', ' ,\t'),
          async (tags, separator) => {
            const header = tags.join(separator).trim();
            if (header === '') return true;
            const response = await get(header);
            if (response.status === 304) return header.includes(etag) || header.includes('*');
            if (response.status >= 400) return response.status < 500 && isProblem(response);
            return response.status === 200 && response.headers.etag === etag;
          },
        ),
        { numRuns: 60, seed: SEED },
      );
      await request(api.server).get('/health/ready').expect(200);
    },
  );

  it('answers every generated query below 500 (4xx as problem+json), stores nothing, and stays ready', async () => {
    const started = Date.now();
    const head = await api.store.headPosition();
    const routes = readRoutes(document);
    const failures: string[] = [];
    const skipped: string[] = [];
    const statuses = new Map<number, number>();
    let requests = 0;
    for (const route of routes) {
      const remaining = TIME_LIMIT_MS - (Date.now() - started);
      if (remaining <= 0) {
        skipped.push(`${route.path}: time budget spent`);
        continue;
      }
      const path = route.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
        encodeURIComponent(name === 'plan' ? plan : (PATH_VALUES[name] ?? 'x')),
      );
      const roles = route.roles.length > 0 ? route.roles : ['admin'];
      await fc
        .assert(
          fc.asyncProperty(queryString(route.query), fc.constantFrom(...roles), async (query, role) => {
            requests += 1;
            const url = `${path}?${query}`;
            const response = await request(api.server)
              .get(url)
              .set('Authorization', `Bearer ${tokens.get(role)}`);
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            const label = `GET ${url.slice(0, 300)} as ${role}`;
            if (response.status >= 500) failures.push(`${response.status} ${label}: ${JSON.stringify(response.body)}`);
            else if (response.status >= 400 && !isProblem(response))
              failures.push(`${response.status} not problem+json (${response.headers['content-type']}): ${label}`);
            return response.status < 500;
          }),
          {
            numRuns: route.path in FOCUS ? FOCUS_RUNS : RUNS_PER_ROUTE,
            seed: SEED,
            interruptAfterTimeLimit: Math.max(1_000, remaining),
            endOnFailure: true,
          },
        )
        .catch(() => undefined); // Collected in `failures`, reported together below.
    }
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    process.stdout.write(
      `fuzz: ${requests} queries over ${routes.length} read routes (seed ${SEED}): ${summary.join(' ')}\n`,
    );
    if (skipped.length > 0) process.stdout.write(`fuzz: skipped\n  ${skipped.join('\n  ')}\n`);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(routes.length);
    expect(await api.store.headPosition()).toBe(head);
    await request(api.server).get('/health/ready').expect(200);
  });
});
