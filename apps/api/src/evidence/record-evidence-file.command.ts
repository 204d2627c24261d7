import type { CommandEnvelope } from '@dti/domain';
import type { ReceivedEvidence } from './multipart-evidence.reader';

/** Keep a received (staged, checked) upload under its hash and record it in `evidence-<sha256>`. */
export class RecordEvidenceFileCommand {
  constructor(
    readonly received: ReceivedEvidence,
    readonly envelope: CommandEnvelope,
  ) {}
}
