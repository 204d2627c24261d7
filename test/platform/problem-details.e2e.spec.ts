import { Body, Controller, Get, INestApplication, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, MinLength, ValidateNested } from 'class-validator';
import request from 'supertest';
import { WrongExpectedVersionError } from '@dti/event-store';
import { PlatformHttpModule, RequestContext } from '@dti/platform';
import { AppModule } from '../../apps/api/src/app.module';
import { Public } from '../../apps/api/src/auth/public.decorator';
import { bootApp } from './support/boot-app';
import { platformTestEnv, useEnv } from './support/platform-test-env';

class EvidenceDto {
  @IsString()
  @MinLength(1)
  url!: string;
}

class FigureDto {
  @IsString()
  @MinLength(3)
  criterionId!: string;

  @IsInt()
  @Min(0)
  numerator!: number;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

/** A domain-style typed error, as feature modules will throw. */
class SubmissionClosedError extends Error {
  override readonly name = 'SubmissionClosedError';
  readonly details = { period: '2021-Q1' };
}

class CodedError extends Error {
  readonly code = 'ALREADY_REVIEWED';
}

// Public: these tests are about error shapes and shutdown, not authentication.
@Public()
@Controller('test-only')
class TestOnlyController {
  @Post('figures')
  submit(@Body() figure: FigureDto): { accepted: FigureDto; correlationId: string | undefined } {
    return { accepted: figure, correlationId: RequestContext.correlationId() };
  }

  @Get('closed')
  closed(): never {
    throw new SubmissionClosedError('Kỳ 2021-Q1 đã khoá / Period 2021-Q1 is closed');
  }

  @Get('coded')
  coded(): never {
    throw new CodedError('Already reviewed');
  }

  @Get('conflict')
  conflict(): never {
    throw new WrongExpectedVersionError('assessment-1', 3n, 4n);
  }

  @Get('boom')
  boom(): never {
    throw new Error('connection string postgres://secret@db leaked');
  }
}

describe('problem+json errors (RFC 9457)', () => {
  const run = platformTestEnv();
  let app: INestApplication;

  beforeAll(async () => {
    useEnv(run.env);
    app = await bootApp({
      imports: [
        AppModule,
        PlatformHttpModule.forFeature([
          { error: SubmissionClosedError, status: 409 },
          { error: CodedError, status: (error) => (error.message.startsWith('Already') ? 409 : 422) },
        ]),
      ],
      controllers: [TestOnlyController],
    });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await run.cleanUp();
  });

  it('maps class-validator failures to field errors, rejecting unknown properties', async () => {
    const response = await request(app.getHttpServer())
      .post('/test-only/figures')
      .set('X-Correlation-Id', 'corr-validation-1')
      .send({ criterionId: 'ab', numerator: 'seven', evidence: [{ url: '' }], score: 10 })
      .expect(400)
      .expect('Content-Type', /^application\/problem\+json/);

    expect(response.body).toEqual({
      type: 'urn:dti-hue:problem:validation-failed',
      title: 'Validation failed',
      status: 400,
      detail: expect.stringContaining('criterionId'),
      instance: '/test-only/figures',
      code: 'VALIDATION_FAILED',
      correlationId: 'corr-validation-1',
      errors: expect.arrayContaining([
        { field: 'score', code: 'whitelistValidation', message: 'property score should not exist' },
        { field: 'criterionId', code: 'minLength', message: expect.stringContaining('criterionId') },
        { field: 'numerator', code: 'isInt', message: expect.stringContaining('numerator') },
        { field: 'evidence.0.url', code: 'minLength', message: expect.stringContaining('url') },
      ]),
    });
    expect(response.body.errors).toHaveLength(5); // numerator fails isInt and min
  });

  it('passes a valid body through, transformed, inside the request context', async () => {
    const response = await request(app.getHttpServer())
      .post('/test-only/figures')
      .set('X-Correlation-Id', 'corr-ok-1')
      .send({ criterionId: 'G1.1', numerator: 3 })
      .expect(201);
    expect(response.body).toEqual({ accepted: { criterionId: 'G1.1', numerator: 3 }, correlationId: 'corr-ok-1' });
  });

  it('maps a registered typed error to its status, keeping its message and details', async () => {
    const response = await request(app.getHttpServer())
      .get('/test-only/closed')
      .expect(409)
      .expect('Content-Type', /^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: 'urn:dti-hue:problem:submission-closed',
      title: 'Conflict',
      status: 409,
      code: 'SUBMISSION_CLOSED',
      detail: 'Kỳ 2021-Q1 đã khoá / Period 2021-Q1 is closed',
      instance: '/test-only/closed',
      details: { period: '2021-Q1' },
    });
  });

  it("uses the error's own code, and a status computed from the error", async () => {
    const response = await request(app.getHttpServer()).get('/test-only/coded').expect(409);
    expect(response.body).toMatchObject({ code: 'ALREADY_REVIEWED', type: 'urn:dti-hue:problem:already-reviewed' });
  });

  it('maps an optimistic-concurrency failure of the event store to 409', async () => {
    const response = await request(app.getHttpServer()).get('/test-only/conflict').expect(409);
    expect(response.body).toMatchObject({ code: 'CONCURRENT_MODIFICATION', title: 'Concurrent modification' });
  });

  it('answers an unexpected error with a generic 500 that leaks nothing', async () => {
    const response = await request(app.getHttpServer()).get('/test-only/boom').expect(500);
    expect(response.body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', title: 'Internal Server Error' });
    expect(JSON.stringify(response.body)).not.toContain('secret');
    expect(response.body.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('answers unknown routes and malformed JSON as problems too', async () => {
    const missing = await request(app.getHttpServer())
      .get('/no-such-route')
      .expect(404)
      .expect('Content-Type', /^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 404, code: 'NOT_FOUND', instance: '/no-such-route' });

    const malformed = await request(app.getHttpServer())
      .post('/test-only/figures')
      .set('Content-Type', 'application/json')
      .send('{"criterionId": ')
      .expect(400)
      .expect('Content-Type', /^application\/problem\+json/);
    // Raised before routing, still with the request's correlation id (issue #11).
    expect(malformed.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
    expect(malformed.body.correlationId).toBe(malformed.headers['x-correlation-id']);
  });
});
