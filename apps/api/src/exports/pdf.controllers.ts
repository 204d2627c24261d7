import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { rolesWith, type Actor } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '../auth';
import { ApiWellFormedRefusal } from './api-well-formed-refusal.decorator';
import { ApiReadProblems } from '../read-side/api-read-problems.decorator';
import { ReadAccess, unitNameFor } from '../read-side/read-access';
import { catalogueInForce, readPeriod, readUnit } from '../read-side/read-inputs';
import { PeriodParams, UnitPeriodParams } from '../read-side/read-route.params';
import { ReportVersionNotFoundError } from '../read-side/reports/report-version-not-found.error';
import { attachment } from './export-response';
import {
  loadRankingPdfData,
  loadReportPdfData,
  PDF_CONTENT_TYPE,
  PublishedVersionMissingError,
  rankingDocument,
  renderPdf,
  reportDocument,
} from '@dti/exports';
import { ReportPdfQueryDto } from './exports.request';

const PDF = {
  status: 200,
  description: 'An A4 PDF (Vietnamese, fonts embedded).',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
} as const;

function sendPdf(response: Response, fileName: string, pdf: Buffer): void {
  response
    .status(200)
    .setHeader('Content-Type', PDF_CONTENT_TYPE)
    .setHeader('Content-Disposition', attachment(fileName))
    .setHeader('Cache-Control', 'private, no-store')
    .end(pdf);
}

/**
 * `GET /reports/{unit}/{period}.pdf`. Registered before the read side (see app.module.ts) so that
 * `/reports/:unit/:period` does not take "2025-Q2.pdf" as its period.
 */
@ApiTags('reports')
@Controller('reports')
export class ReportPdfController {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':unit/:period.pdf')
  @Roles(...rolesWith('assessment:read'))
  @ApiProduces('application/pdf')
  @ApiResponse(PDF)
  @ApiReadProblems(400, 404)
  @ApiWellFormedRefusal()
  @ApiOperation({
    summary: 'A unit’s quarterly report as PDF (Xuất PDF: báo cáo quý)',
    description:
      'The national motto block, the issuing body, the unit, the quarter and the catalogue version, a table per ' +
      'group (code, criterion, maximum, points, explanation), totals, not-applicable criteria with their reasons, ' +
      'and a footer naming the version and the event position it was computed at (replay with `?asOf=`). The ' +
      'latest published version, or `version`; a report never published shows the current figures marked as not ' +
      'published. Submitters read their own unit only (403 NOT_OWN_UNIT).',
  })
  async report(
    @Param() params: UnitPeriodParams,
    @Query() query: ReportPdfQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const period = readPeriod(params.period);
    const unit = await this.access.unitFor(actor, readUnit(params.unit));
    const version = query.version ?? null;
    let data;
    try {
      data = await loadReportPdfData(this.store, this.dataSource.manager, {
        unit: unit.code,
        unitName: unitNameFor(unit, period),
        block: unit.block,
        period,
        version,
        catalogueId: catalogueInForce(period).id,
      });
    } catch (error) {
      if (error instanceof PublishedVersionMissingError) {
        throw new ReportVersionNotFoundError({ unit: unit.code, period, version: error.version });
      }
      throw error;
    }
    const pdf = await renderPdf(reportDocument(data, new Date()));
    const suffix = data.version === null ? '' : `-v${data.version}`;
    sendPdf(response, `bao-cao-${unit.code}-${period}${suffix}.pdf`, pdf);
  }
}

/** `GET /rankings/{period}.pdf`, registered before the read side's `/rankings/:period` for the same reason. */
@ApiTags('rankings')
@Controller('rankings')
export class RankingPdfController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':period.pdf')
  // As the JSON rankings: the province's published comparison, every role.
  @Roles(...rolesWith('ranking:read'))
  @ApiProduces('application/pdf')
  @ApiResponse(PDF)
  @ApiReadProblems(400)
  @ApiWellFormedRefusal()
  @ApiOperation({
    summary: 'A quarter’s rankings as PDF (Xuất PDF: xếp hạng)',
    description:
      'One table per block (rank, unit, points, percentage, change since last quarter), the province roll-up and ' +
      'the units that did not report.',
  })
  async ranking(@Param() params: PeriodParams, @Res() response: Response): Promise<void> {
    const period = readPeriod(params.period);
    const data = await loadRankingPdfData(this.dataSource.manager, period);
    const pdf = await renderPdf(rankingDocument(data, new Date()));
    sendPdf(response, `xep-hang-${period}.pdf`, pdf);
  }
}
