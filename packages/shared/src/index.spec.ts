import * as shared from './index';

describe('index', () => {
  it('exports every public module from one entry point', () => {
    expect(Object.keys(shared)).toEqual(
      expect.arrayContaining([
        'HEZE_CITY_CODE',
        'HEZE_COUNTIES',
        'MIN_WORKING_AGE',
        'PROVINCE_CODES',
        'SERVED_COUNTY_CODES',
        'SHANGHAI_UTC_OFFSET_MINUTES',
        'TRADES',
        'addDays',
        'ageOn',
        'boundingBox',
        'countyName',
        'creditCodeCheckChar',
        'findTrade',
        'haversineKm',
        'isOpenAt',
        'isPlausibleChinaPoint',
        'isProvinceCode',
        'isRegionCode',
        'isServedCounty',
        'isTradeCode',
        'isValidDateString',
        'maskMobile',
        'maskResidentId',
        'normalizeCreditCode',
        'normalizeMobile',
        'normalizeResidentId',
        'occupationClassOf',
        'parseOpeningHours',
        'residentIdCheckChar',
        'roundKm',
        'shanghaiDate',
        'shanghaiMinuteOfDay',
        'tradeAndAncestors',
        'tradeName',
        'validateCreditCode',
        'validateResidentId',
      ]),
    );
  });
});
