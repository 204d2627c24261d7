import type { CatalogueFinding } from './catalogue-finding';

/**
 * Errors of the catalogue library. They carry a stable `code` like ScoringError does, so callers
 * (CLI, HTTP layer) can map both families in one place; they live here, not in the scoring library,
 * because the scoring library depends on this one.
 */
export type CatalogueErrorCode = 'UNKNOWN_CATALOGUE' | 'INVALID_CATALOGUE' | 'DUPLICATE_CATALOGUE';

export abstract class CatalogueError extends Error {
  abstract readonly code: CatalogueErrorCode;
}

export class UnknownCatalogueError extends CatalogueError {
  readonly code = 'UNKNOWN_CATALOGUE' as const;

  constructor(
    readonly catalogueId: string,
    readonly knownIds: readonly string[] = [],
  ) {
    const known = knownIds.length > 0 ? knownIds.join(', ') : '—';
    super(
      `Không có bộ tiêu chí "${catalogueId}" (hiện có: ${known}) / Unknown catalogue "${catalogueId}" (known: ${known})`,
    );
    this.name = 'UnknownCatalogueError';
  }
}

/** A catalogue whose data breaks the schema cannot be scored against; the findings say where. */
export class InvalidCatalogueError extends CatalogueError {
  readonly code = 'INVALID_CATALOGUE' as const;

  constructor(
    readonly catalogueId: string,
    /** Every finding of the validator, the blocking ones included. */
    readonly findings: readonly CatalogueFinding[],
    readonly blocking: readonly CatalogueFinding[],
  ) {
    const first = blocking
      .slice(0, 3)
      .map((finding) => `${finding.code}: ${finding.message}`)
      .join('; ');
    const more = blocking.length > 3 ? ` (+${blocking.length - 3})` : '';
    super(
      `Bộ tiêu chí "${catalogueId}" không hợp lệ / Catalogue "${catalogueId}" is invalid ` +
        `(${blocking.length} lỗi / problems): ${first}${more}`,
    );
    this.name = 'InvalidCatalogueError';
  }
}

export class DuplicateCatalogueError extends CatalogueError {
  readonly code = 'DUPLICATE_CATALOGUE' as const;

  constructor(readonly catalogueId: string) {
    super(`Bộ tiêu chí "${catalogueId}" đã được đăng ký / Catalogue "${catalogueId}" is already registered`);
    this.name = 'DuplicateCatalogueError';
  }
}
