import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The one notion of "now" for rules that depend on it (a complaint's legal deadlines, an invitation's
 * expiry, attempt limits): tests replace it (`jest.spyOn(app.get(Clock), 'now')`) to stand on any day.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
