import { InvalidCommandError } from '../domain-errors';
import { requireSubmitFor } from '../accounts/authorization';
import { actorFromEnvelope, type Command } from '../shared/command-envelope';
import { describeValue, requireText } from '../shared/command-fields';
import { assertNever, type StreamDecider } from '../shared/decider';
import { parseUnitCode, type UnitCode } from '../units/unit-code';
import { EVIDENCE_FILE_EVENT_VERSIONS, type EvidenceFileEvent } from './evidence-file.events';

/** Records that a file, already written to the evidence store under its hash, was uploaded for a unit. */
export type RecordEvidenceFile = Command<
  'RecordEvidenceFile',
  { sha256: string; name: string; size: number; mediaType: string; unit: UnitCode }
>;

export type EvidenceFileCommand = RecordEvidenceFile;

export interface EvidenceFileUpload {
  unit: UnitCode;
  name: string;
}

export type EvidenceFileState =
  | { status: 'unknown' }
  | {
      status: 'stored';
      sha256: string;
      size: number;
      mediaType: string;
      /** Oldest first. */
      uploads: readonly EvidenceFileUpload[];
    };

export const initialEvidenceFileState: EvidenceFileState = Object.freeze({ status: 'unknown' });

const SHA256 = /^[0-9a-f]{64}$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]{1,120}$/;
export const MAX_EVIDENCE_FILE_NAME = 200;

/** Units whose submitters may read and cite the file. */
export function unitsOfEvidenceFile(state: EvidenceFileState): UnitCode[] {
  return state.status === 'stored' ? [...new Set(state.uploads.map((upload) => upload.unit))] : [];
}

export function evolveEvidenceFile(state: EvidenceFileState, event: EvidenceFileEvent): EvidenceFileState {
  switch (event.type) {
    case 'EvidenceFileStored': {
      const { sha256, size, mediaType, unit, name } = event.data;
      const uploads = state.status === 'stored' ? state.uploads : [];
      return { status: 'stored', sha256, size, mediaType, uploads: [...uploads, { unit, name }] };
    }
    default:
      return assertNever(event.type, 'evidence file event');
  }
}

/**
 * A submitter records a file for their own unit. Uploading the same bytes again under the same name
 * for the same unit records nothing (the store already holds it): a retry or a double click is free.
 */
export function decideEvidenceFile(command: EvidenceFileCommand, state: EvidenceFileState): EvidenceFileEvent[] {
  switch (command.type) {
    case 'RecordEvidenceFile': {
      const actor = actorFromEnvelope(command.metadata);
      const unit = parseUnitCode(command.data.unit);
      requireSubmitFor(actor, unit);
      const { sha256, size, mediaType } = command.data;
      if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
        throw InvalidCommandError.because('sha256', `expected 64 lower-case hex digits, got ${describeValue(sha256)}`);
      }
      if (!Number.isSafeInteger(size) || size < 0) {
        throw InvalidCommandError.because('size', `expected a byte count, got ${describeValue(size)}`);
      }
      if (typeof mediaType !== 'string' || !MEDIA_TYPE.test(mediaType)) {
        throw InvalidCommandError.because('mediaType', `expected a media type, got ${describeValue(mediaType)}`);
      }
      const name = requireText('name', command.data.name, MAX_EVIDENCE_FILE_NAME);
      if (state.status === 'stored') {
        // The hash names the content, so its size and type can never differ: if they do, the caller is wrong.
        if (state.sha256 !== sha256 || state.size !== size || state.mediaType !== mediaType) {
          throw InvalidCommandError.because('sha256', `the stored file ${state.sha256} has other size or type`);
        }
        if (state.uploads.some((upload) => upload.unit === unit && upload.name === name)) return [];
      }
      return [{ type: 'EvidenceFileStored', data: { sha256, name, size, mediaType, unit } }];
    }
    default:
      return assertNever(command.type, 'evidence file command');
  }
}

/** An evidence file's stream (`evidence-<sha256>`): who uploaded the bytes for which unit. */
export const evidenceFileDecider: StreamDecider<EvidenceFileCommand, EvidenceFileEvent, EvidenceFileState> = {
  decide: decideEvidenceFile,
  evolve: evolveEvidenceFile,
  initialState: initialEvidenceFileState,
  eventVersions: EVIDENCE_FILE_EVENT_VERSIONS,
};
