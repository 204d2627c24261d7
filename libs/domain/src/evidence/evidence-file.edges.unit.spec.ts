import type { CommandEnvelope } from '../shared/command-envelope';
import {
  MAX_EVIDENCE_FILE_NAME,
  decideEvidenceFile,
  evidenceFileDecider,
  evolveEvidenceFile,
  initialEvidenceFileState,
  unitsOfEvidenceFile,
  type EvidenceFileState,
  type RecordEvidenceFile,
} from './evidence-file.decider';
import { EVIDENCE_FILE_EVENT_VERSIONS } from './evidence-file.events';

const SHA = '0123456789abcdef'.repeat(4);

const envelope = (unit: string): CommandEnvelope => ({
  commandId: 'cmd-1',
  correlationId: 'req-1',
  actor: `sub.${unit.toLowerCase()}`,
  role: 'submitter',
  actorUnit: unit,
  occurredAt: '2021-04-02T09:15:00+07:00',
});

function record(unit: string, data: Partial<RecordEvidenceFile['data']> = {}): RecordEvidenceFile {
  return {
    type: 'RecordEvidenceFile',
    data: { sha256: SHA, name: 'Báo cáo.pdf', size: 1234, mediaType: 'application/pdf', unit, ...data },
    metadata: envelope(unit),
  };
}

function run(commands: RecordEvidenceFile[], state: EvidenceFileState = initialEvidenceFileState) {
  return commands.reduce((s, command) => decideEvidenceFile(command, s).reduce(evolveEvidenceFile, s), state);
}

function refusalOf(
  command: RecordEvidenceFile,
  state: EvidenceFileState = initialEvidenceFileState,
): { field: unknown; problem: string } {
  try {
    decideEvidenceFile(command, state);
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    expect(code).toBe('INVALID_COMMAND');
    return { field: details.field, problem: String(details.problem) };
  }
  throw new Error('expected a refusal');
}
const fieldOf = (command: RecordEvidenceFile, state?: EvidenceFileState): unknown => refusalOf(command, state).field;

describe('evidence file decider at its edges', () => {
  it('records the file’s facts and the trimmed name', () => {
    expect(decideEvidenceFile(record('STTTT', { name: '  Báo cáo.pdf ' }), initialEvidenceFileState)).toEqual([
      {
        type: 'EvidenceFileStored',
        data: { sha256: SHA, name: 'Báo cáo.pdf', size: 1234, mediaType: 'application/pdf', unit: 'STTTT' },
      },
    ]);
  });

  it('sizes are whole bytes from 0', () => {
    expect(decideEvidenceFile(record('STTTT', { size: 0 }), initialEvidenceFileState)).toHaveLength(1);
    for (const size of [-1, 1.5, Number.NaN, 2 ** 53]) expect(fieldOf(record('STTTT', { size }))).toBe('size');
  });

  it('hashes are 64 lower-case hex digits', () => {
    for (const sha256 of [SHA.toUpperCase(), SHA.slice(1), `${SHA}0`, `${SHA.slice(1)}g`, 42]) {
      expect(fieldOf(record('STTTT', { sha256: sha256 as string }))).toBe('sha256');
    }
  });

  it('media types are type/subtype in lower case', () => {
    for (const mediaType of ['image/svg+xml', 'application/vnd.ms-excel', 'text/x-1']) {
      expect(decideEvidenceFile(record('STTTT', { mediaType }), initialEvidenceFileState)).toHaveLength(1);
    }
    for (const mediaType of ['application', 'Application/pdf', 'application/', ' text/plain', 'text/plain ', 7]) {
      expect(fieldOf(record('STTTT', { mediaType: mediaType as string }))).toBe('mediaType');
    }
  });

  it(`names are at most ${MAX_EVIDENCE_FILE_NAME} characters`, () => {
    expect(MAX_EVIDENCE_FILE_NAME).toBe(200);
    expect(decideEvidenceFile(record('STTTT', { name: 'x'.repeat(200) }), initialEvidenceFileState)).toHaveLength(1);
    expect(fieldOf(record('STTTT', { name: 'x'.repeat(201) }))).toBe('name');
  });

  it('says what each field should be; values that only look right as text are refused', () => {
    expect(refusalOf(record('STTTT', { sha256: 'x' })).problem).toBe('expected 64 lower-case hex digits, got "x"');
    expect(refusalOf(record('STTTT', { sha256: [SHA] as never })).field).toBe('sha256');
    expect(refusalOf(record('STTTT', { size: -1 })).problem).toBe('expected a byte count, got number -1');
    expect(refusalOf(record('STTTT', { mediaType: 'pdf' })).problem).toBe('expected a media type, got "pdf"');
    expect(refusalOf(record('STTTT', { mediaType: ['application/pdf'] as never })).field).toBe('mediaType');
  });

  it('the same bytes again: nothing for the same unit and name, an upload for another name or unit', () => {
    const once = run([record('STTTT')]);
    expect(decideEvidenceFile(record('STTTT'), once)).toEqual([]);
    expect(decideEvidenceFile(record('STTTT', { name: 'Khác.pdf' }), once)).toHaveLength(1);
    expect(decideEvidenceFile(record('SNV'), once)).toHaveLength(1);
    const state = run([record('STTTT', { name: 'Khác.pdf' }), record('SNV'), record('STTTT')], once);
    expect(state).toEqual({
      status: 'stored',
      sha256: SHA,
      size: 1234,
      mediaType: 'application/pdf',
      uploads: [
        { unit: 'STTTT', name: 'Báo cáo.pdf' },
        { unit: 'STTTT', name: 'Khác.pdf' },
        { unit: 'SNV', name: 'Báo cáo.pdf' },
      ],
    });
    expect(unitsOfEvidenceFile(state)).toEqual(['STTTT', 'SNV']);
    expect(unitsOfEvidenceFile(initialEvidenceFileState)).toEqual([]);
  });

  it('the same hash with another size or type is the caller’s mistake', () => {
    const once = run([record('STTTT')]);
    expect(fieldOf(record('STTTT', { size: 1235 }), once)).toBe('sha256');
    expect(fieldOf(record('STTTT', { mediaType: 'image/png' }), once)).toBe('sha256');
    const other = run([record('STTTT', { sha256: 'f'.repeat(64) })]);
    expect(fieldOf(record('STTTT'), other)).toBe('sha256');
  });

  it('is one stream decider', () => {
    expect(evidenceFileDecider).toEqual({
      decide: decideEvidenceFile,
      evolve: evolveEvidenceFile,
      initialState: initialEvidenceFileState,
      eventVersions: EVIDENCE_FILE_EVENT_VERSIONS,
    });
  });
});

describe('evidence file decider: unknown types fail loudly', () => {
  it('names an event or command type it does not handle', () => {
    expect(() =>
      evolveEvidenceFile(initialEvidenceFileState, { type: 'EvidenceFileDeleted', data: {} } as never),
    ).toThrow(new TypeError('Unhandled evidence file event: "EvidenceFileDeleted"'));
    expect(() =>
      decideEvidenceFile(
        { type: 'DeleteEvidenceFile', data: {}, metadata: envelope('STTTT') } as never,
        initialEvidenceFileState,
      ),
    ).toThrow(new TypeError('Unhandled evidence file command: "DeleteEvidenceFile"'));
  });
});
