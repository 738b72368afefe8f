import { EntitySubscriberInterface, EventSubscriber, InsertEvent, UpdateEvent } from 'typeorm';

/**
 * createdAt/updatedAt come from the application clock, in UTC with milliseconds. TypeORM's own
 * update path writes a bare `CURRENT_TIMESTAMP` on MySQL (whole seconds, typeorm#2718) in the
 * session's time zone, which could put updatedAt before createdAt or hours off on a +08:00 server.
 * Setting the values here makes TypeORM send them instead, for save(), insert() and update() alike.
 */
@EventSubscriber()
export class TimestampsSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Record<string, unknown>>): void {
    const now = new Date();
    const entity = event.entity;
    if (!entity) return;
    if (event.metadata.createDateColumn && entity[event.metadata.createDateColumn.propertyName] === undefined) {
      entity[event.metadata.createDateColumn.propertyName] = now;
    }
    if (event.metadata.updateDateColumn && entity[event.metadata.updateDateColumn.propertyName] === undefined) {
      entity[event.metadata.updateDateColumn.propertyName] = now;
    }
  }

  beforeUpdate(event: UpdateEvent<Record<string, unknown>>): void {
    if (event.entity && event.metadata.updateDateColumn) {
      (event.entity as Record<string, unknown>)[event.metadata.updateDateColumn.propertyName] = new Date();
    }
  }
}
