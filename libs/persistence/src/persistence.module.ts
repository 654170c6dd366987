import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@avrr/config';
import { dataSourceOptions } from './data-source-options';
import { CaseRepository } from './cases/case.repository';
import { TimelineRepository } from './timeline/timeline.repository';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
    }),
  ],
  providers: [CaseRepository, TimelineRepository],
  exports: [CaseRepository, TimelineRepository],
})
export class PersistenceModule {}
