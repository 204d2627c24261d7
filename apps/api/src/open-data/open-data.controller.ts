import { applyDecorators, Controller, Get, Param, Req, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PublishedReportEntity } from '@dti/read-model';
import { DataSource, type EntityManager } from 'typeorm';
import { Public } from '../auth';
import { csvLine, UTF8_BOM } from '@dti/exports';
import { ApiWellFormedRefusal } from '../exports/api-well-formed-refusal.decorator';
import { ApiReadProblems } from '../read-side/api-read-problems.decorator';
import { invalidInput, readPeriod } from '../read-side/read-inputs';
import { OpenDataFormatParams } from './open-data.request';
import { dataPackage, RANKING_FIELDS, SCORE_FIELDS } from './datapackage';
import { OPEN_DATA_REQUESTS_PER_WINDOW, OpenDataRateLimitGuard } from './open-data-rate-limit.guard';
import { publishedFingerprint, publishedRankings, publishedScores } from './published-results';

/** Published figures change only when a report is finalized again: caches may keep them a few minutes. */
const CACHE_CONTROL = 'public, max-age=300, must-revalidate';
/** Bumped when the files' shape changes, so no cache serves an old shape under a valid ETag. */
const SHAPE = 'v1';

type OpenDataFormat = 'csv' | 'json';

const OK = {
  status: 200,
  description: 'The published figures (ETag and Cache-Control set; If-None-Match answers 304).',
  content: {
    'text/csv': { schema: { type: 'string', format: 'binary' } },
    'application/json': { schema: { type: 'array', items: { type: 'object', additionalProperties: true } } },
  },
} as const;
const NOT_MODIFIED = { status: 304, description: 'Not modified since the ETag in If-None-Match.' } as const;
const TOO_MANY = {
  status: 429,
  description: `TOO_MANY_REQUESTS: more than ${OPEN_DATA_REQUESTS_PER_WINDOW} open-data requests a minute from one address (Retry-After says when to retry).`,
} as const;

interface OpenDataResource {
  name: string;
  fileName: string;
  fields: readonly string[];
  rows(manager: EntityManager, period: string): Promise<ReadonlyArray<object>>;
}

const RESOURCES: Readonly<Record<'rankings' | 'scores', OpenDataResource>> = {
  rankings: {
    name: 'rankings',
    fileName: 'xep-hang',
    fields: RANKING_FIELDS.map((field) => field.name),
    rows: publishedRankings,
  },
  scores: { name: 'scores', fileName: 'diem', fields: SCORE_FIELDS.map((field) => field.name), rows: publishedScores },
};

/** What both quarter resources answer. */
function ApiOpenDataFile(): MethodDecorator {
  return applyDecorators(
    ApiProduces('text/csv', 'application/json'),
    ApiHeader({ name: 'If-None-Match', required: false }),
    ApiResponse(OK),
    ApiResponse(NOT_MODIFIED),
    ApiResponse(TOO_MANY),
    ApiReadProblems(400),
    ApiWellFormedRefusal(),
  );
}

/**
 * Dữ liệu mở — open data, no login: published results only (what finalized report versions say), as a
 * Frictionless Data Package with CSV and JSON resources, cacheable and rate-limited per client address.
 */
@ApiTags('open-data')
@Controller('open-data')
@Public()
@UseGuards(OpenDataRateLimitGuard)
export class OpenDataController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('datapackage.json')
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiResponse({ status: 200, description: 'The Data Package descriptor (datapackage.json).' })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(TOO_MANY)
  @ApiOperation({
    summary: 'Open data: the Data Package descriptor (Dữ liệu mở)',
    description:
      'A Frictionless Data Package: for every quarter with a published report, its rankings and scores resources ' +
      '(CSV, UTF-8 with BOM) and their fields. No login.',
  })
  async descriptor(@Req() request: Request, @Res() response: Response): Promise<void> {
    const fingerprint = await this.dataSource.manager
      .createQueryBuilder(PublishedReportEntity, 'p')
      .select('count(*)', 'count')
      .addSelect('coalesce(max(p.position), 0)', 'position')
      .getRawOne<{ count: string; position: string }>();
    const etag = `W/"${SHAPE}-datapackage-${fingerprint?.count ?? 0}-${fingerprint?.position ?? 0}"`;
    if (this.notModified(request, response, etag)) return;
    const periods = (
      await this.dataSource.manager
        .createQueryBuilder(PublishedReportEntity, 'p')
        .select('p.period', 'period')
        .addSelect('min(p.period_index)', 'period_index')
        .groupBy('p.period')
        .orderBy('period_index', 'ASC')
        .getRawMany<{ period: string }>()
    ).map((row) => row.period);
    response.type('application/json').send(JSON.stringify(dataPackage(periods), null, 2));
  }

  @Get(':period/rankings.:format')
  @ApiOpenDataFile()
  @ApiOperation({
    summary: 'Open data: a quarter’s published ranking (csv | json)',
    description:
      'Each unit’s latest published report version, ranked within its block on the exact percentage. A report ' +
      'reopened and corrected but not finalized again still shows its published figures; units never finalized ' +
      'are absent. No login.',
  })
  async rankings(@Param() params: OpenDataFormatParams, @Req() request: Request, @Res() response: Response) {
    await this.serve(params, request, response, RESOURCES.rankings);
  }

  @Get(':period/scores.:format')
  @ApiOpenDataFile()
  @ApiOperation({
    summary: 'Open data: a quarter’s published scores, unit × criterion (csv | json)',
    description:
      'The criteria of each unit’s latest published report version: status, points and maximum as finalized. ' +
      'No login.',
  })
  async scores(@Param() params: OpenDataFormatParams, @Req() request: Request, @Res() response: Response) {
    await this.serve(params, request, response, RESOURCES.scores);
  }

  /** A quarter's resource: 304 when the client's copy is current, else every row as CSV or JSON. */
  private async serve(
    params: OpenDataFormatParams,
    request: Request,
    response: Response,
    resource: OpenDataResource,
  ): Promise<void> {
    const { period, format } = this.read(params);
    const manager = this.dataSource.manager;
    const etag = `W/"${SHAPE}-${period}-${resource.name}-${format}-${await publishedFingerprint(manager, period)}"`;
    if (this.notModified(request, response, etag)) return;
    const rows = await resource.rows(manager, period);
    this.send(response, format, `${resource.fileName}-${period}`, resource.fields, rows);
  }

  private read(params: OpenDataFormatParams): { period: string; format: OpenDataFormat } {
    const period = readPeriod(params.period);
    if (params.format !== 'csv' && params.format !== 'json') {
      throw invalidInput('format', 'định dạng phải là csv hoặc json / the format must be csv or json', 'isIn');
    }
    return { period, format: params.format };
  }

  private notModified(request: Request, response: Response, etag: string): boolean {
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', CACHE_CONTROL);
    const asked = request.headers['if-none-match'];
    if (asked !== undefined && asked.split(',').some((tag) => tag.trim() === etag)) {
      response.status(304).end();
      return true;
    }
    return false;
  }

  private send(
    response: Response,
    format: OpenDataFormat,
    fileName: string,
    fields: readonly string[],
    rows: ReadonlyArray<object>,
  ): void {
    if (format === 'json') {
      response.type('application/json').send(JSON.stringify(rows));
      return;
    }
    const lines = rows.map((row) =>
      csvLine(
        fields.map((field) => {
          const value = (row as Record<string, unknown>)[field];
          return value === null || value === undefined ? '' : String(value);
        }),
      ),
    );
    response
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `inline; filename="${fileName}.csv"`)
      .send(UTF8_BOM + csvLine([...fields]) + lines.join(''));
  }
}
