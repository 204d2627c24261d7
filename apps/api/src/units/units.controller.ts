import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ROLES, rolesWith, type Actor, type CommandEnvelope } from '@dti/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Envelope } from '../command-handling/envelope.decorator';
import {
  DissolveUnitDto,
  ListUnitsQueryDto,
  MergeUnitDto,
  RegisterUnitDto,
  RenameUnitDto,
} from './dto/unit-requests.dto';
import { GetUnitQuery, ListUnitsQuery } from './queries/unit.queries';
import { UnitCommands } from './unit-commands';
import { UnitView } from './unit.view';

const UNIT_ADMINS = rolesWith('unit:manage');

/** Refusals answer RFC 9457 problem details. */
const PROBLEM = { 'application/problem+json': { schema: { type: 'object' } } };

/** The refusal every change may meet (details.field "effectiveOn", details.finalizedQuarters). */
const RETROACTIVE =
  'RETROACTIVE_CHANGE_REQUIRES_REASON: effectiveOn falls in or before a finalized quarter and no retroactiveReason is given';

/** The register of units (sở, ban, ngành; UBND cấp huyện) and its history of renames, mergers, dissolutions. */
@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly commands: UnitCommands,
    private readonly queries: QueryBus,
  ) {}

  @Roles(...ROLES)
  @Get()
  @ApiOperation({
    summary: 'Danh mục đơn vị / The register of units',
    description: 'With ?period=2021-Q1: the units that existed in that quarter, named as on their last day in it.',
  })
  @ApiOkResponse({ type: UnitView, isArray: true })
  @ApiUnprocessableEntityResponse({ description: 'INVALID_PERIOD' })
  list(@Query() query: ListUnitsQueryDto, @CurrentActor() actor: Actor): Promise<UnitView[]> {
    return this.queries.execute(new ListUnitsQuery(query.period, query.block, actor.username));
  }

  @Roles(...ROLES)
  @Get(':code')
  @ApiOperation({ summary: 'Một đơn vị / One unit, with its history' })
  @ApiOkResponse({ type: UnitView })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND' })
  get(@Param('code') code: string, @CurrentActor() actor: Actor): Promise<UnitView> {
    return this.queries.execute(new GetUnitQuery(code, actor.username));
  }

  @Roles(...UNIT_ADMINS)
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Đăng ký đơn vị / Register a unit' })
  @ApiCreatedResponse({ type: UnitView })
  @ApiConflictResponse({ description: 'UNIT_ALREADY_REGISTERED', content: PROBLEM })
  @ApiUnprocessableEntityResponse({
    description: `INVALID_UNIT_CODE, INVALID_COMMAND, ${RETROACTIVE}`,
    content: PROBLEM,
  })
  register(@Body() body: RegisterUnitDto, @Envelope() envelope: CommandEnvelope): Promise<UnitView> {
    return this.commands.register(body, envelope);
  }

  @Roles(...UNIT_ADMINS)
  @Post(':code/rename')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đổi tên đơn vị / Rename a unit (the code stays)' })
  @ApiOkResponse({ type: UnitView })
  @ApiConflictResponse({ description: 'UNIT_ENDED', content: PROBLEM })
  @ApiUnprocessableEntityResponse({
    description: `UNIT_HISTORY_OUT_OF_ORDER, NO_CHANGE, INVALID_COMMAND, ${RETROACTIVE}`,
    content: PROBLEM,
  })
  rename(
    @Param('code') code: string,
    @Body() body: RenameUnitDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<UnitView> {
    return this.commands.rename(code, body, envelope);
  }

  @Roles(...UNIT_ADMINS)
  @Post(':code/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sáp nhập đơn vị / Merge a unit into another of its block' })
  @ApiOkResponse({ type: UnitView })
  @ApiConflictResponse({ description: 'UNIT_ENDED', content: PROBLEM })
  @ApiUnprocessableEntityResponse({
    description: `INVALID_MERGE_TARGET, UNIT_HISTORY_OUT_OF_ORDER, INVALID_COMMAND, ${RETROACTIVE}`,
    content: PROBLEM,
  })
  merge(
    @Param('code') code: string,
    @Body() body: MergeUnitDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<UnitView> {
    return this.commands.merge(code, body, envelope);
  }

  @Roles(...UNIT_ADMINS)
  @Post(':code/dissolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Giải thể đơn vị / Dissolve a unit (no successor)' })
  @ApiOkResponse({ type: UnitView })
  @ApiConflictResponse({ description: 'UNIT_ENDED', content: PROBLEM })
  @ApiUnprocessableEntityResponse({
    description: `UNIT_HISTORY_OUT_OF_ORDER, INVALID_COMMAND, ${RETROACTIVE}`,
    content: PROBLEM,
  })
  dissolve(
    @Param('code') code: string,
    @Body() body: DissolveUnitDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<UnitView> {
    return this.commands.dissolve(code, body, envelope);
  }
}
