import { Injectable } from '@nestjs/common';

/** Staff access's notion of "now" (invitation expiry, the attempt limit): one place, so tests can move it. */
@Injectable()
export class StaffClock {
  now(): Date {
    return new Date();
  }
}
