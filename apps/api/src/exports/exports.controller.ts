import { applyDecorators, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor } from '@dti/domain';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '../auth';
import { ApiWellFormedRefusal } from './api-well-formed-refusal.decorator';
import { ApiReadProblems } from '../read-side/api-read-problems.decorator';
import { readPeriod, readPeriodRange, readUnit } from '../read-side/read-inputs';
import { rankingsTable, scoresTable, seriesTable, submissionsTable } from '@dti/exports';
import { EXPORT_EVERYTHING_ROLES, EXPORT_OWN_UNIT_ROLES, exportUnitFor } from './export-access';
import { readFormat, streamExport } from './export-response';
import { ExportFormatParams, SeriesExportQueryDto, SeriesFormatParams, UnitExportQueryDto } from './exports.request';

const FILE = {
  status: 200,
  description: 'The file, streamed (Content-Disposition: attachment).',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: { type: 'string', format: 'binary' },
    },
    'text/csv': { schema: { type: 'string', format: 'binary' } },
  },
} as const;

/** What every export route answers besides 401/403 (documented by @Roles). */
function ApiExportFile(): MethodDecorator {
  return applyDecorators(
    ApiProduces(...Object.keys(FILE.content)),
    ApiResponse(FILE),
    ApiReadProblems(400),
    ApiWellFormedRefusal(),
  );
}

/**
 * Excel (exceljs streaming writer) and CSV (UTF-8 with BOM) exports of the read side ("Xuất Excel",
 * "Xuất CSV"). Inputs are read before the first byte is written, so bad input is still a problem+json.
 */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('series.:format')
  @Roles(...EXPORT_EVERYTHING_ROLES)
  @ApiExportFile()
  @ApiOperation({
    summary: 'Quarterly trend, units × quarters (Xuất Excel / CSV: diễn biến theo quý)',
    description:
      'One row per unit, one column per quarter from `from` to `to`: the unit’s total percentage (blank where it ' +
      'did not report), optionally one block. Leadership, inspectors and reviewers.',
  })
  async series(
    @Param() params: SeriesFormatParams,
    @Query() query: SeriesExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const format = readFormat(params.format);
    const from = readPeriod(query.from, 'from');
    const to = readPeriod(query.to, 'to');
    readPeriodRange(from, to);
    await streamExport(response, seriesTable(this.dataSource.manager, { from, to, block: query.block }), format);
  }

  @Get(':period/scores.:format')
  @Roles(...EXPORT_OWN_UNIT_ROLES)
  @ApiExportFile()
  @ApiOperation({
    summary: 'Official scores of a quarter, unit × criterion (Xuất Excel / CSV: điểm)',
    description:
      'One row per unit × criterion: unit, block, group, criterion code and title, the approved inputs, points, ' +
      'maximum, status, approved by and at. Streamed. A submitter gets their own unit only (403 NOT_OWN_UNIT for ' +
      'another `unit`).',
  })
  async scores(
    @Param() params: ExportFormatParams,
    @Query() query: UnitExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const format = readFormat(params.format);
    const period = readPeriod(params.period);
    const unit = exportUnitFor(actor, query.unit === undefined ? undefined : readUnit(query.unit));
    await streamExport(response, scoresTable(this.dataSource.manager, { period, unit }), format);
  }

  @Get(':period/rankings.:format')
  @Roles(...EXPORT_EVERYTHING_ROLES)
  @ApiExportFile()
  @ApiOperation({
    summary: 'A quarter’s rankings, a sheet per block (Xuất Excel / CSV: xếp hạng)',
    description:
      'Rank, unit, points, maximum, percentage, last quarter’s rank and the change, report status; in CSV one ' +
      'file with a block column. Leadership, inspectors and reviewers.',
  })
  async rankings(@Param() params: ExportFormatParams, @Res() response: Response): Promise<void> {
    const format = readFormat(params.format);
    const period = readPeriod(params.period);
    await streamExport(response, rankingsTable(this.dataSource.manager, { period }), format);
  }

  @Get(':period/submissions.:format')
  @Roles(...EXPORT_OWN_UNIT_ROLES)
  @ApiExportFile()
  @ApiOperation({
    summary: 'Every submission and review of a quarter (Xuất Excel / CSV: số liệu đã nộp)',
    description:
      'For inspectors: every submission (figures or not applicable, corrections) with its status and review, ' +
      'folded from the event store. A submitter gets their own unit only (403 NOT_OWN_UNIT for another `unit`).',
  })
  async submissions(
    @Param() params: ExportFormatParams,
    @Query() query: UnitExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const format = readFormat(params.format);
    const period = readPeriod(params.period);
    const unit = exportUnitFor(actor, query.unit === undefined ? undefined : readUnit(query.unit));
    await streamExport(response, submissionsTable(this.dataSource.manager, { period, unit }), format);
  }
}
