import type { Catalogue } from './catalogue.types';
import { InvalidCatalogueError } from './catalogue.errors';
import { CatalogueRegistry } from './catalogue.registry';
import { tth2020 } from './tth-2020';

/**
 * The criteria sets the province has published. A revision (2021, 2023, 2024…) is one more value here,
 * transcribed as data beside tth-2020; no scoring code changes.
 */
const builtInCatalogues: readonly Catalogue[] = [tth2020];

let registry: CatalogueRegistry | undefined;

/** The process-wide registry, built on first use from the built-in catalogues. */
export function catalogueRegistry(): CatalogueRegistry {
  if (!registry) {
    const fresh = new CatalogueRegistry();
    for (const catalogue of builtInCatalogues) {
      try {
        fresh.register(catalogue);
      } catch (error) {
        // The registry remembers the refusal and repeats it to whoever asks for this catalogue.
        if (!(error instanceof InvalidCatalogueError)) throw error;
      }
    }
    registry = fresh;
  }
  return registry;
}

/** Case-insensitive; throws UnknownCatalogueError (code UNKNOWN_CATALOGUE) or InvalidCatalogueError. */
export function getCatalogue(id: string): Catalogue {
  return catalogueRegistry().get(id);
}

export function listCatalogues(): Catalogue[] {
  return catalogueRegistry().list();
}

/** Adds a catalogue read at run time (e.g. a JSON file given to the CLI); validated like the built-ins. */
export function registerCatalogue(catalogue: Catalogue): Catalogue {
  return catalogueRegistry().register(catalogue);
}
