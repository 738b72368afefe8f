import { Module } from '@nestjs/common';
import { CheckinsModule } from '../checkins/checkins.module';
import { UploadsModule } from '../common/uploads/uploads.module';
import { EmployersModule } from '../employers/employers.module';
import { HiresModule } from '../hires/hires.module';
import { WorkersModule } from '../workers/workers.module';
import { InsuranceClaimPhotoRepository } from './insurance-claim-photo.repository';
import { InsuranceClaimRepository } from './insurance-claim.repository';
import { InsuranceClaimsService } from './insurance-claims.service';
import { InsuranceCoverageDayRepository } from './insurance-coverage-day.repository';
import { InsuranceEnrollmentRepository } from './insurance-enrollment.repository';
import { InsuranceEnrollmentsService } from './insurance-enrollments.service';
import { InsuranceProductRepository } from './insurance-product.repository';
import { InsuranceProductsService } from './insurance-products.service';
import { InsuranceQuotesService } from './insurance-quotes.service';
import { InsuranceReconcileJob } from './insurance-reconcile.job';
import { InsuranceSettledDayRepository } from './insurance-settled-day.repository';
import { InsuranceSettlementService } from './insurance-settlement.service';
import { InsuranceSubsidyRuleRepository } from './insurance-subsidy-rule.repository';
import { InsuranceController } from './insurance.controller';
import { InsurerClient } from './insurer.client';
import { InsurerSubmissionService } from './insurer-submission.service';
import { PlatformSubsidyEvidence } from './platform-subsidy-evidence';
import { SUBSIDY_EVIDENCE } from './subsidy-evidence';

@Module({
  imports: [CheckinsModule, HiresModule, EmployersModule, WorkersModule, UploadsModule],
  controllers: [InsuranceController],
  providers: [
    InsuranceProductRepository,
    InsuranceSubsidyRuleRepository,
    InsuranceEnrollmentRepository,
    InsuranceCoverageDayRepository,
    InsuranceSettledDayRepository,
    InsuranceClaimRepository,
    InsuranceClaimPhotoRepository,
    InsuranceProductsService,
    InsuranceQuotesService,
    InsurerSubmissionService,
    InsuranceSettlementService,
    InsuranceEnrollmentsService,
    InsuranceClaimsService,
    InsurerClient,
    InsuranceReconcileJob,
    // Check-ins and hiring records decide subsidy conditions and employer enrollments.
    { provide: SUBSIDY_EVIDENCE, useClass: PlatformSubsidyEvidence },
  ],
  exports: [InsuranceEnrollmentsService],
})
export class InsuranceModule {}
