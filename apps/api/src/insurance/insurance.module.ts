import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Employer } from '../employers/employer.entity';
import { Worker } from '../workers/worker.entity';
import { UploadsModule } from '../common/uploads/uploads.module';
import { InsuranceClaim } from './insurance-claim.entity';
import { InsuranceClaimPhoto } from './insurance-claim-photo.entity';
import { InsuranceSettledDay } from './insurance-settled-day.entity';
import { InsuranceClaimsService } from './insurance-claims.service';
import { InsuranceCoverageDay } from './insurance-coverage-day.entity';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceEnrollmentsService } from './insurance-enrollments.service';
import { InsuranceProduct } from './insurance-product.entity';
import { InsuranceProductsService } from './insurance-products.service';
import { InsuranceReconcileJob } from './insurance-reconcile.job';
import { InsuranceSubsidyRule } from './insurance-subsidy-rule.entity';
import { InsuranceController } from './insurance.controller';
import { InsurerClient } from './insurer.client';
import { CheckinsModule } from '../checkins/checkins.module';
import { Hire } from '../hires/hire.entity';
import { PlatformSubsidyEvidence } from './platform-subsidy-evidence';
import { SUBSIDY_EVIDENCE } from './subsidy-evidence';

@Module({
  imports: [TypeOrmModule.forFeature([InsuranceProduct, InsuranceSubsidyRule, InsuranceEnrollment, InsuranceCoverageDay, InsuranceClaim, InsuranceClaimPhoto, InsuranceSettledDay, Worker, Employer, Hire]), CheckinsModule, UploadsModule],
  controllers: [InsuranceController],
  providers: [
    InsuranceProductsService,
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
