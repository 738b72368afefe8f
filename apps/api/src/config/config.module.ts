import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { AUTH_CONFIG } from './auth.config';
import { COMPLAINTS_CONFIG } from './complaints.config';
import { AppConfig, ConfigSlices } from './config';
import { DATABASE_CONFIG } from './database.config';
import { GATE_CONFIG } from './gate.config';
import { INSURANCE_CONFIG } from './insurance.config';
import { INSURER_CONFIG } from './insurer.config';
import { NOTIFICATIONS_CONFIG } from './notifications.config';
import { PII_CONFIG } from './pii.config';
import { SERVER_CONFIG } from './server.config';
import { STAFF_CONFIG } from './staff.config';
import { UPLOADS_CONFIG } from './uploads.config';
import { WECHAT_CONFIG } from './wechat.config';

/** The injection token of each module's slice. */
export const CONFIG_SLICE_TOKENS: Readonly<Record<keyof ConfigSlices, symbol>> = {
  server: SERVER_CONFIG,
  database: DATABASE_CONFIG,
  auth: AUTH_CONFIG,
  pii: PII_CONFIG,
  wechat: WECHAT_CONFIG,
  notifications: NOTIFICATIONS_CONFIG,
  insurer: INSURER_CONFIG,
  insurance: INSURANCE_CONFIG,
  uploads: UPLOADS_CONFIG,
  complaints: COMPLAINTS_CONFIG,
  staff: STAFF_CONFIG,
  gate: GATE_CONFIG,
};

/**
 * Provides the configuration validated by loadConfig to every module: one token per slice, and nothing
 * else. The whole object (secrets included) is never injectable; only the composition root (main.ts,
 * bootstrap.ts, app.module.ts) holds it.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const slices = Object.entries(CONFIG_SLICE_TOKENS).map(([name, token]): Provider => ({
      provide: token,
      useValue: config.slices[name as keyof ConfigSlices],
    }));
    const providers: Provider[] = slices;
    return { module: ConfigModule, providers, exports: providers.map((p) => (p as { provide: symbol }).provide) };
  }
}
