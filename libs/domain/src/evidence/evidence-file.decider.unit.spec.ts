import { InvalidCommandError, NotOwnUnitError, RoleNotPermittedError } from '../domain-errors';
import type { CommandEnvelope } from '../shared/command-envelope';
import type { Role } from '../accounts/role';
import {
  decideEvidenceFile,
  evolveEvidenceFile,
  initialEvidenceFileState,
  unitsOfEvidenceFile,
  type EvidenceFileState,
  type RecordEvidenceFile,
} from './evidence-file.decider';

const SHA = 'a'.repeat(64);

function envelope(role: Role, unit: string | null): CommandEnvelope {
  return {
    commandId: 'cmd-1',
    correlationId: 'req-1',
    actor: 'lan',
    role,
    actorUnit: unit,
    occurredAt: '2021-04-02T09:15:00+07:00',
  };
}

function record(unit: string, name = 'Báo cáo.pdf', metadata = envelope('submitter', unit)): RecordEvidenceFile {
  return {
    type: 'RecordEvidenceFile',
    data: { sha256: SHA, name, size: 1234, mediaType: 'application/pdf', unit },
    metadata,
  };
}

function run(commands: RecordEvidenceFile[]): EvidenceFileState {
  return commands.reduce(
    (state, command) => decideEvidenceFile(command, state).reduce(evolveEvidenceFile, state),
    initialEvidenceFileState,
  );
}

describe('evidence file decider', () => {
  it('records a submitter’s upload for their own unit', () => {
    expect(decideEvidenceFile(record('STTTT'), initialEvidenceFileState)).toEqual([
      {
        type: 'EvidenceFileStored',
        data: { sha256: SHA, name: 'Báo cáo.pdf', size: 1234, mediaType: 'application/pdf', unit: 'STTTT' },
      },
    ]);
  });

  it('records the same bytes once per unit and name, so a retry records nothing', () => {
    const state = run([record('STTTT'), record('STTTT'), record('SNV', 'x.pdf', envelope('submitter', 'SNV'))]);
    expect(unitsOfEvidenceFile(state)).toEqual(['STTTT', 'SNV']);
    expect(decideEvidenceFile(record('STTTT'), state)).toEqual([]);
    expect(decideEvidenceFile(record('STTTT', 'Bản khác.pdf'), state)).toHaveLength(1);
  });

  it('refuses another unit, and any role but submitter', () => {
    expect(() =>
      decideEvidenceFile(record('SNV', 'a.pdf', envelope('submitter', 'STTTT')), initialEvidenceFileState),
    ).toThrow(NotOwnUnitError);
    expect(() =>
      decideEvidenceFile(record('SNV', 'a.pdf', envelope('reviewer', null)), initialEvidenceFileState),
    ).toThrow(RoleNotPermittedError);
  });

  it('refuses a malformed hash, size or media type, naming the field', () => {
    const bad = (data: Partial<RecordEvidenceFile['data']>) => () =>
      decideEvidenceFile({ ...record('STTTT'), data: { ...record('STTTT').data, ...data } }, initialEvidenceFileState);
    expect(bad({ sha256: 'A'.repeat(64) })).toThrow(/sha256/);
    expect(bad({ size: -1 })).toThrow(InvalidCommandError);
    expect(bad({ size: 2 ** 53 })).toThrow(/size/);
    expect(bad({ mediaType: 'pdf' })).toThrow(/mediaType/);
    expect(bad({ name: '  ' })).toThrow(/name/);
  });

  it('refuses a second record of the same hash with another size (the hash names the content)', () => {
    const state = run([record('STTTT')]);
    const other = { ...record('STTTT'), data: { ...record('STTTT').data, size: 99 } };
    expect(() => decideEvidenceFile(other, state)).toThrow(/other size or type/);
  });
});
