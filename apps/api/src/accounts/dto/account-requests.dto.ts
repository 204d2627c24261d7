import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@dti/domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@dti/accounts';

/** Shapes only; the domain checks the meaning (username rule, submitter ⇔ unit, unit exists) → 422. */
export class CreateAccountDto {
  @ApiProperty({ example: 'lan.stttt', description: '3–64 lower-case letters, digits, ".", "_" or "-"' })
  @IsString()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'STTTT', description: 'Submitters only: their unit.' })
  @IsOptional()
  @IsString()
  unit?: string | null;

  @ApiPropertyOptional({ example: 'Trần Thị Lan', description: 'Defaults to the username.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string;
}

export class ChangeAccountRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'SNV', description: 'Required for submitters only.' })
  @IsOptional()
  @IsString()
  unit?: string | null;
}

export class SetAccountPasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class DisableAccountDto {
  @ApiPropertyOptional({ example: 'Chuyển công tác', description: 'Why; recorded in the event.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
