import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { READ_MODEL_ENTITIES } from './read-model.entities';

/**
 * Registers the read model's entities with the app's TypeORM connection (the platform's
 * ReadModelDatabaseModule, autoLoadEntities). Import it where the queries are used; inject `DataSource`
 * and pass `dataSource.manager` to the query functions.
 */
@Module({
  imports: [TypeOrmModule.forFeature(READ_MODEL_ENTITIES)],
  exports: [TypeOrmModule],
})
export class ReadModelModule {}
