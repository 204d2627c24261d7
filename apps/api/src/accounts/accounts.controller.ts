import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
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
import { rolesWith, type Actor, type CommandEnvelope } from '@dti/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Envelope } from '../command-handling/envelope.decorator';
import { AccountCommands } from './account-commands';
import { AccountView } from './account.view';
import {
  ChangeAccountRoleDto,
  CreateAccountDto,
  DisableAccountDto,
  SetAccountPasswordDto,
} from './dto/account-requests.dto';
import { GetAccountQuery } from './queries/get-account.query';
import { ListAccountsQuery } from './queries/list-accounts.query';

const ADMINS = rolesWith('account:manage');
const DEFAULT_DISABLE_REASON = 'Quản trị viên khóa tài khoản / Disabled by an administrator';

/** Account administration. Every change is an event in the account's stream, decided by the domain. */
@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly commands: AccountCommands,
    private readonly queries: QueryBus,
  ) {}

  @Roles(...ADMINS)
  @Get()
  @ApiOperation({ summary: 'Danh sách tài khoản / List accounts' })
  @ApiOkResponse({ type: AccountView, isArray: true })
  list(@CurrentActor() actor: Actor): Promise<AccountView[]> {
    return this.queries.execute(new ListAccountsQuery(actor.username));
  }

  @Roles(...ADMINS)
  @Get(':username')
  @ApiOperation({ summary: 'Một tài khoản / One account' })
  @ApiOkResponse({ type: AccountView })
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND' })
  get(@Param('username') username: string, @CurrentActor() actor: Actor): Promise<AccountView> {
    return this.queries.execute(new GetAccountQuery(username, actor.username));
  }

  @Roles(...ADMINS)
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Tạo tài khoản / Create an account',
    description: 'A submitter needs a unit that exists today; other roles take none. Password: at least 10 characters.',
  })
  @ApiCreatedResponse({ type: AccountView })
  @ApiConflictResponse({ description: 'ACCOUNT_ALREADY_EXISTS' })
  @ApiUnprocessableEntityResponse({ description: 'INVALID_COMMAND, INVALID_UNIT_CODE, WEAK_PASSWORD' })
  create(@Body() body: CreateAccountDto, @Envelope() envelope: CommandEnvelope): Promise<AccountView> {
    return this.commands.create(body, envelope);
  }

  @Roles(...ADMINS)
  @Post(':username/role')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đổi vai trò / Change the role (and unit)',
    description: 'Applies to the account’s next request. An administrator cannot change their own role.',
  })
  @ApiOkResponse({ type: AccountView })
  changeRole(
    @Param('username') username: string,
    @Body() body: ChangeAccountRoleDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<AccountView> {
    return this.commands.changeRole(username, body.role, body.unit ?? null, envelope);
  }

  @Roles(...ADMINS)
  @Post(':username/password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đặt lại mật khẩu / Reset the password',
    description: 'Revokes the account’s tokens. Users change their own password with POST /auth/password.',
  })
  @ApiOkResponse({ type: AccountView })
  resetPassword(
    @Param('username') username: string,
    @Body() body: SetAccountPasswordDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<AccountView> {
    return this.commands.resetPassword(username, body.password, envelope);
  }

  @Roles(...ADMINS)
  @Post(':username/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Khóa tài khoản / Disable the account',
    description: 'Refused at once: the account’s next request gets 403 ACCOUNT_DISABLED; its tokens stay revoked.',
  })
  @ApiOkResponse({ type: AccountView })
  @ApiConflictResponse({ description: 'ACCOUNT_STATUS_UNCHANGED' })
  disable(
    @Param('username') username: string,
    @Body() body: DisableAccountDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<AccountView> {
    const reason = body.reason?.trim() ? body.reason : DEFAULT_DISABLE_REASON;
    return this.commands.disable(username, reason, envelope);
  }

  @Roles(...ADMINS)
  @Post(':username/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở khóa tài khoản / Enable the account', description: 'The holder logs in again.' })
  @ApiOkResponse({ type: AccountView })
  @ApiConflictResponse({ description: 'ACCOUNT_STATUS_UNCHANGED' })
  enable(@Param('username') username: string, @Envelope() envelope: CommandEnvelope): Promise<AccountView> {
    return this.commands.enable(username, envelope);
  }
}
