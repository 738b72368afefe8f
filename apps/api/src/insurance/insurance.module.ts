import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Employer } from '../employers/employer.entity';
import { Worker } from '../workers/worker.entity';
import { InsuranceClaim } from './insurance-claim.entity';
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
import { NoSubsidyEvidence, SUBSIDY_EVIDENCE } from './subsidy-evidence';

@Module({
  imports: [TypeOrmModule.forFeature([InsuranceProduct, InsuranceSubsidyRule, InsuranceEnrollment, InsuranceCoverageDay, InsuranceClaim, Worker, Employer])],
  controllers: [InsuranceController],
  providers: [
    InsuranceProductsService,
    InsuranceEnrollmentsService,
    InsuranceClaimsService,
    InsurerClient,
    InsuranceReconcileJob,
    // The check-in and hiring modules replace this with their real evidence (see subsidy-evidence.ts).
    { provide: SUBSIDY_EVIDENCE, useClass: NoSubsidyEvidence },
  ],
  exports: [InsuranceEnrollmentsService],
})
export class InsuranceModule {}
