import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { INSURANCE_CONFIG, InsuranceConfig } from '../config/insurance.config';
import { InsuranceSettlementService } from './insurance-settlement.service';
import { InsurerSubmissionService } from './insurer-submission.service';

/**
 * Every INSURANCE_RECONCILE_SECONDS, sends pending enrollments to the insurer again (InsurerSubmissionService.reconcilePending);
 * every INSURANCE_SETTLE_SECONDS, settles the covered days that have passed (InsuranceSettlementService).
 */
@Injectable()
export class InsuranceReconcileJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(InsuranceReconcileJob.name);
  private running = false;
  private settling = false;

  constructor(
    @Inject(INSURANCE_CONFIG) private readonly config: InsuranceConfig,
    private readonly schedule: SchedulerRegistry,
    private readonly submission: InsurerSubmissionService,
    private readonly settlement: InsuranceSettlementService,
  ) {}

  onApplicationBootstrap(): void {
    const { reconcileSeconds, settleSeconds } = this.config;
    if (reconcileSeconds > 0)
      this.schedule.addInterval(
        'insurance-reconcile',
        setInterval(() => void this.run(), reconcileSeconds * 1000),
      );
    if (settleSeconds > 0)
      this.schedule.addInterval(
        'insurance-settle',
        setInterval(() => void this.settle(), settleSeconds * 1000),
      );
  }

  private async settle(): Promise<void> {
    if (this.settling) return;
    this.settling = true;
    try {
      await this.settlement.settleCoveredDays();
    } catch (error) {
      this.logger.error(`settlement failed: ${(error as Error).message}`);
    } finally {
      this.settling = false;
    }
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.submission.reconcilePending();
    } catch (error) {
      this.logger.error(`reconciliation failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
