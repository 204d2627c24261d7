import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type AccountState, type Role } from '@dti/domain';

/** An account as the API shows it: never its password hash. */
export class AccountView {
  @ApiProperty({ example: 'sub-stttt' })
  username!: string;

  @ApiProperty({ example: 'Cán bộ đầu mối Sở Thông tin và Truyền thông' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'STTTT',
    description: 'The submitter’s unit; null for other roles.',
  })
  unit!: string | null;

  @ApiProperty({ enum: ['active', 'disabled'] })
  status!: 'active' | 'disabled';

  @ApiProperty({ type: String, nullable: true })
  disabledReason!: string | null;
}

export function toAccountView(state: AccountState): AccountView | undefined {
  if (state.status === 'none') return undefined;
  const { username, displayName, role, unit, status, disabledReason } = state;
  return { username, displayName, role, unit, status, disabledReason };
}

/** After a successful account command the account exists; anything else is a defect of ours. */
export function requireAccountView(state: AccountState): AccountView {
  const view = toAccountView(state);
  if (view === undefined) throw new Error('An account command succeeded but the account does not exist');
  return view;
}
