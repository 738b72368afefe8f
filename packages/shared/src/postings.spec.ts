import { candidateScore, feedScore, latCellOf, latCellsBetween, payPerDayFen, relatedTradeCodes, tradeMatch, workerDisplayName } from './postings';

describe('postings rules', () => {
  it('normalises pay to a day: hours × 8, piece rates not comparable', () => {
    expect(payPerDayFen(20000, 'day')).toBe(20000);
    expect(payPerDayFen(2500, 'hour')).toBe(20000);
    expect(payPerDayFen(50, 'piece')).toBeUndefined();
  });

  it('matches trades exactly, through parents and children, never between siblings', () => {
    expect(tradeMatch('construction.mason', ['construction.mason'])).toBe('exact');
    expect(tradeMatch('construction.mason', ['construction'])).toBe('related');
    expect(tradeMatch('construction', ['construction.mason'])).toBe('related');
    expect(tradeMatch('construction.mason', ['construction.rebar'])).toBe('none');
    expect(relatedTradeCodes('construction.mason').sort()).toEqual(['construction', 'construction.mason']);
    expect(relatedTradeCodes('moving')).toEqual(expect.arrayContaining(['moving', 'moving.loader', 'moving.house_mover', 'moving.furniture_fitter']));
  });

  it('scores the feed by distance 40, trade 30, pay 20 and freshness 10', () => {
    const base = {
      radiusKm: 10,
      postingTrade: 'construction.mason',
      workerTrades: ['construction.mason'],
      payAmountFen: 40000,
      payUnit: 'day' as const,
      settlement: 'daily' as const,
    };
    expect(feedScore({ ...base, distanceKm: 0, ageHours: 0 }).score).toBe(100);
    expect(feedScore({ ...base, distanceKm: 5, ageHours: 0 }).score).toBe(80);
    expect(feedScore({ ...base, distanceKm: 0, ageHours: 72 }).score).toBe(90);
    expect(feedScore({ ...base, distanceKm: 0, ageHours: 0, workerTrades: ['construction'] }).score).toBe(88);
    expect(feedScore({ ...base, distanceKm: 0, ageHours: 0, payAmountFen: 10000 }).score).toBe(80);
    const { matchReasons } = feedScore({ ...base, distanceKm: 1.26, ageHours: 1 });
    expect(matchReasons).toEqual(['离您1.3公里', '工种对口：瓦工', '约400元/天', '日结', '今天新发布']);
  });

  it('puts workers present today above any absent worker', () => {
    const present = candidateScore({ distanceKm: 9, radiusKm: 10, match: 'related', presentToday: true });
    const absent = candidateScore({ distanceKm: 0, radiusKm: 10, match: 'exact', presentToday: false, ratingAverage: 5 });
    expect(present.score).toBeGreaterThan(absent.score);
    expect(present.matchReasons[0]).toBe('今天已在附近零工市场签到');
  });

  it('shows a worker as surname + 师傅', () => {
    expect(workerDisplayName('张建国')).toBe('张师傅');
  });

  it('enumerates the latitude bands of a box', () => {
    expect(latCellOf(35.2526)).toBe(705);
    expect(latCellsBetween(35.2, 35.36)).toEqual([704, 705, 706, 707]);
    expect(latCellOf(-0.01)).toBe(-1);
  });
});
