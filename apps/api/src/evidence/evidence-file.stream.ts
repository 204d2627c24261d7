import {
  EVIDENCE_FILE_EVENT_VERSIONS,
  evolveEvidenceFile,
  initialEvidenceFileState,
  type EvidenceFileEventType,
  type EvidenceFileState,
} from '@dti/domain';
import type { StreamFold } from '../command-handling/stream-loading';

/** How an evidence file's stream (`evidence-<sha256>`) folds: the domain's evidence file decider. */
export const evidenceFileStream: StreamFold<EvidenceFileState, EvidenceFileEventType> = {
  initialState: initialEvidenceFileState,
  evolve: evolveEvidenceFile,
  eventVersions: EVIDENCE_FILE_EVENT_VERSIONS,
};
