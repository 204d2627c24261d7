import type { Catalogue } from './catalogue.types';
import type { CatalogueFinding } from './catalogue-finding';
import { isBlockingFinding } from './catalogue-finding';
import { DuplicateCatalogueError, InvalidCatalogueError, UnknownCatalogueError } from './catalogue.errors';
import { validateCatalogue } from './catalogue.validator';

interface Registered {
  catalogue: Catalogue;
  findings: readonly CatalogueFinding[];
}

/**
 * The catalogues the system can score against, by case-insensitive id. Every catalogue is validated when
 * it is registered; one that breaks the schema is refused, and asking for it later repeats why, so one bad
 * data set does not take the others down with it.
 */
export class CatalogueRegistry {
  private readonly registered = new Map<string, Registered>();
  private readonly refused = new Map<string, InvalidCatalogueError>();

  /** Validates, freezes and registers; throws InvalidCatalogueError or DuplicateCatalogueError. */
  register(catalogue: Catalogue): Catalogue {
    const findings = validateCatalogue(catalogue);
    const blocking = findings.filter(isBlockingFinding);
    const id = typeof catalogue?.id === 'string' ? catalogue.id : '?';
    const key = id.toLowerCase();
    if (this.registered.has(key) || this.refused.has(key)) throw new DuplicateCatalogueError(id);
    if (blocking.length > 0) {
      const error = new InvalidCatalogueError(id, findings, blocking);
      this.refused.set(key, error);
      throw error;
    }
    // Scores are replayed from events years later: the data they were computed with must not drift.
    const frozen = deepFreeze(catalogue);
    this.registered.set(key, { catalogue: frozen, findings });
    return frozen;
  }

  /** Throws UnknownCatalogueError, or the InvalidCatalogueError the catalogue was refused with. */
  get(id: string): Catalogue {
    return this.entry(id).catalogue;
  }

  has(id: string): boolean {
    return typeof id === 'string' && this.registered.has(id.toLowerCase());
  }

  /** The validator's findings for a registered catalogue (none of them blocking). */
  findings(id: string): readonly CatalogueFinding[] {
    return this.entry(id).findings;
  }

  /** Registered catalogues, oldest effective date first. */
  list(): Catalogue[] {
    return [...this.registered.values()]
      .map((entry) => entry.catalogue)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
  }

  private entry(id: string): Registered {
    // A non-string id names no catalogue, not even one refused for an empty id (kept under the key '').
    if (typeof id === 'string') {
      const key = id.toLowerCase();
      const entry = this.registered.get(key);
      if (entry) return entry;
      const refusal = this.refused.get(key);
      if (refusal) throw refusal;
    }
    throw new UnknownCatalogueError(String(id), [
      ...[...this.registered.values()].map((e) => e.catalogue.id),
      ...[...this.refused.values()].map((e) => e.catalogueId),
    ]);
  }
}

function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: primitives and null count as frozen already (Object.isFrozen), so the type guards only save calls; the isFrozen check skips parts already walked, which a catalogue (an acyclic tree of plain data) does not share
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
