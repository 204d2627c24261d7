import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { startApiTestApp, type ApiTestApp } from './support';

type Operation = {
  description?: string;
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

/** The assessment workflow's OpenAPI description: roles, request and response schemas, error answers. */
describe('OpenAPI of the assessment workflow', () => {
  let api: ApiTestApp;
  let document: OpenAPIObject;

  beforeAll(async () => {
    api = await startApiTestApp({ seedUnits: false });
    document = SwaggerModule.createDocument(api.app, new DocumentBuilder().addBearerAuth().build());
  });

  afterAll(async () => {
    await api?.close();
  });

  const operation = (method: 'get' | 'post', path: string): Operation => {
    const found = (document.paths[path] as Record<string, Operation> | undefined)?.[method];
    if (found === undefined) throw new Error(`${method.toUpperCase()} ${path} is not documented`);
    return found;
  };

  const commands: Array<[string, string, number, string | null]> = [
    ['/assessments/{unit}/{period}/criteria/{criterion}/submissions', 'submitter', 201, 'SubmitFiguresDto'],
    ['/assessments/{unit}/{period}/criteria/{criterion}/not-applicable', 'submitter', 201, 'DeclareNotApplicableDto'],
    [
      '/assessments/{unit}/{period}/submissions/{submissionId}/approve',
      'reviewer, lead_reviewer',
      200,
      'ApproveSubmissionDto',
    ],
    [
      '/assessments/{unit}/{period}/submissions/{submissionId}/reject',
      'reviewer, lead_reviewer',
      200,
      'RejectSubmissionDto',
    ],
    ['/assessments/{unit}/{period}/submissions/{submissionId}/withdraw', 'submitter', 200, null],
    ['/assessments/{unit}/{period}/finalize', 'reviewer, lead_reviewer', 200, null],
    ['/assessments/{unit}/{period}/reopen', 'lead_reviewer', 200, 'ReopenReportDto'],
  ];

  it.each(commands)('POST %s: roles %s, schemas, Idempotency-Key and every error answer', (path, roles, ok, body) => {
    const op = operation('post', path);
    expect(op.description).toContain(`Roles: ${roles}.`);
    expect(Object.keys(op.responses).sort()).toEqual([String(ok), '400', '401', '403', '404', '409', '422'].sort());
    expect(op.responses[String(ok)].content?.['application/json'].schema).toEqual({
      $ref: expect.stringMatching(/#\/components\/schemas\/(Submission|Report)AcceptedResponse$/),
    });
    expect(op.responses['409'].content?.['application/problem+json']).toBeDefined();
    expect(op.parameters?.map((p) => p.name)).toContain('Idempotency-Key');
    if (body === null) expect(op.requestBody).toBeUndefined();
    else expect(op.requestBody?.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${body}` });
  });

  it('documents the reads with their roles and response schemas', () => {
    const read = operation('get', '/assessments/{unit}/{period}');
    expect(read.description).toContain('Roles: submitter, reviewer, lead_reviewer, inspector, leadership, admin.');
    expect(read.responses['200'].content?.['application/json'].schema).toEqual({
      $ref: '#/components/schemas/AssessmentViewResponse',
    });
    expect(Object.keys(read.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '422']));
    const queue = operation('get', '/review-queue');
    expect(queue.description).toContain('Roles: reviewer, lead_reviewer.');
    expect(queue.parameters?.map((p) => p.name).sort()).toEqual(['block', 'group', 'limit', 'period', 'unit']);
    expect(queue.responses['200'].content?.['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ReviewQueueResponse',
    });
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['CriterionViewResponse', 'SubmissionResponse', 'TotalsNodeResponse', 'EvidenceDto']),
    );
  });
});
