import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PLATFORM_CONFIG } from '../config/platform-config.module';
import { PlatformConfig } from '../config/platform-config.schema';
import { readModelTypeOrmOptions } from './read-model-typeorm.options';

/** TypeORM's connection to the read-model schema in PostgreSQL (projections live there). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [PLATFORM_CONFIG],
      useFactory: (config: PlatformConfig) => readModelTypeOrmOptions(config),
    }),
  ],
})
export class ReadModelDatabaseModule {}
