import { catalogueMax, getCatalogue, listLeaves } from '@dti/catalogue';
import { Seeder } from './seeder';

export const DEFAULT_CATALOGUE_ID = 'tth-2020';

/**
 * The criteria catalogue is code, not data to load: it is compiled in (libs/catalogue). This step
 * only checks that it is valid and says so, so a broken catalogue stops `npm start` here.
 */
export const catalogueSeeder: Seeder = {
  name: 'catalogue',
  async run({ log }) {
    const catalogue = getCatalogue(DEFAULT_CATALOGUE_ID);
    log.info(
      {
        catalogue: catalogue.id,
        criteria: listLeaves(catalogue).length,
        maxPoints: catalogueMax(catalogue).toString(),
      },
      `Catalogue ${catalogue.id} (${catalogue.source}) is built in; nothing to load`,
    );
  },
};
