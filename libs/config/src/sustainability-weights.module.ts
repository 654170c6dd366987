import { Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { loadSustainabilityWeightSets, SustainabilityWeightSets } from './sustainability-weights';

/**
 * Provides the survey weight sets to the modules that score surveys (the API). The files are read and validated
 * once, while the application starts: an invalid file stops the boot with an error naming it. Kept out of the
 * global AppConfigModule so that processes that never score (the worker, the migration CLI) do not need the files.
 */
@Module({
  providers: [
    {
      provide: SustainabilityWeightSets,
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        loadSustainabilityWeightSets(c.sustainability.weightsDir, c.sustainability.weightSet),
    },
  ],
  exports: [SustainabilityWeightSets],
})
export class SustainabilityWeightsModule {}
