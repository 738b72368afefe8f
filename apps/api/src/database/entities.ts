import { AuditEvent } from '../audit/audit-event.entity';
import { Checkin } from '../checkins/checkin.entity';
import { Employer } from '../employers/employer.entity';
import { Market } from '../markets/market.entity';
import { PiiAccessLog } from '../pii/pii-access-log.entity';
import { User } from '../users/user.entity';
import { ConsentRecord } from '../workers/consent-record.entity';
import { Worker } from '../workers/worker.entity';

/** Every entity, listed once: the data source, the migration generator and the tests all use this. */
export const ENTITIES = [User, Worker, ConsentRecord, Employer, Market, PiiAccessLog, AuditEvent, Checkin];
