import { EmployerProfile } from '@lingong/shared';
import { Employer } from './employer.entity';

export function toEmployerProfile(employer: Employer): EmployerProfile {
  return {
    id: employer.id,
    kind: employer.kind,
    name: employer.name,
    ...(employer.creditCode ? { creditCode: employer.creditCode } : {}),
    contactName: employer.contactName,
    phone: employer.phone,
    address: employer.address,
    countyCode: employer.countyCode,
    status: employer.status,
    ...(employer.statusReason ? { statusReason: employer.statusReason } : {}),
    ...(employer.statusChangedAt ? { statusChangedAt: employer.statusChangedAt.toISOString() } : {}),
    createdAt: employer.createdAt.toISOString(),
    updatedAt: employer.updatedAt.toISOString(),
  };
}
