import { Module } from '@nestjs/common';
import { CaseActionsModule } from '../case-actions/case-actions.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { HouseholdController } from './household.controller';
import { HouseholdService } from './household.service';

@Module({
  imports: [CaseActionsModule, DuplicatesModule],
  controllers: [HouseholdController],
  providers: [HouseholdService],
})
export class HouseholdModule {}
