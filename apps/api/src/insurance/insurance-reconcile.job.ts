import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { InsuranceEnrollmentsService } from './insurance-enrollments.service';

/** Every INSURANCE_RECONCILE_SECONDS, sends pending enrollments to the insurer again (see reconcilePending). */
@Injectable()
export class InsuranceReconcileJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(InsuranceReconcileJob.name);
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedule: SchedulerRegistry,
    private readonly enrollments: InsuranceEnrollmentsService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.insurer.reconcileSeconds;
    if (seconds <= 0) return;
    this.schedule.addInterval('insurance-reconcile', setInterval(() => void this.run(), seconds * 1000));
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.enrollments.reconcilePending();
    } catch (error) {
      this.logger.error(`reconciliation failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
