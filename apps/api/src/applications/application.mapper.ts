import type { Application as ApplicationView } from '@lingong/shared';
import { Application } from './application.entity';

export function toApplicationView(a: Application, postingTitle: string, worker?: ApplicationView['worker']): ApplicationView {
  return {
    id: a.id,
    postingId: a.postingId,
    workerId: a.workerId,
    employerId: a.employerId,
    kind: a.kind,
    status: a.status,
    ...(a.cancelReason ? { cancelReason: a.cancelReason } : {}),
    ...(a.hireId ? { hireId: a.hireId } : {}),
    postingTitle,
    ...(worker ? { worker } : {}),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
