import { UnsupportedEventError } from '../../domain-errors';
import { isCalendarDate } from '../../shared/calendar-date';
import type { UpcasterShape } from '../../events/upcaster-shape';
import type { Evidence } from '../evidence';

/**
 * CriterionSubmitted v1 → v2.
 *
 * Version 1 (the pilot) allowed one evidence document per submission, held in flat fields:
 *   evidenceUrl, evidenceDocumentNumber, evidenceDocumentDate, evidenceSigner
 * (evidenceUrl empty when the unit gave none), and had no `supersedes` field.
 * Version 2 holds a list, `evidence: Evidence[]`, and `supersedes` (null when absent).
 * The upcast loses nothing: the one document becomes a list of one.
 */
export const criterionSubmittedV1ToV2 = {
  type: 'CriterionSubmitted',
  fromVersion: 1,
  upcast(data: Record<string, unknown>): Record<string, unknown> {
    const { evidenceUrl, evidenceDocumentNumber, evidenceDocumentDate, evidenceSigner, ...rest } = data;
    const evidence: Evidence[] = [];
    if (typeof evidenceUrl === 'string' && evidenceUrl.trim() !== '') {
      if (
        typeof evidenceDocumentNumber !== 'string' ||
        typeof evidenceSigner !== 'string' ||
        !isCalendarDate(evidenceDocumentDate)
      ) {
        throw UnsupportedEventError.because(
          'CriterionSubmitted',
          1,
          'evidenceUrl without evidenceDocumentNumber, evidenceDocumentDate (YYYY-MM-DD) and evidenceSigner',
        );
      }
      evidence.push({
        documentNumber: evidenceDocumentNumber,
        documentDate: evidenceDocumentDate,
        signer: evidenceSigner,
        url: evidenceUrl,
        sha256: null,
      });
    } else if (evidenceUrl !== undefined && evidenceUrl !== null && typeof evidenceUrl !== 'string') {
      throw UnsupportedEventError.because('CriterionSubmitted', 1, 'evidenceUrl is not text');
    }
    return { ...rest, evidence, supersedes: rest.supersedes ?? null };
  },
} satisfies UpcasterShape;
