import { Injectable } from '@nestjs/common';

/** The complaints' notion of "now": one place, so tests can put a case on any day of the legal calendar. */
@Injectable()
export class ComplaintsClock {
  now(): Date {
    return new Date();
  }
}
