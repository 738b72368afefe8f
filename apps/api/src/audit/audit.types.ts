/** One recorded event as other modules read it (a user's data export): plain data, never the entity. */
export interface AuditRecord {
  id: number;
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: number;
  countyCode: string | null;
  reason: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON detail of the event
  data: Record<string, any> | null;
  at: Date;
}

export interface AuditInput {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: number;
  countyCode?: string | null;
  reason?: string | null;
  data?: AuditRecord['data'];
}
