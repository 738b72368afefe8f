import type { CoverItem } from '@lingong/shared';
import { InsuranceProductsService } from '../../../src/insurance/insurance-products.service';
import { unique } from '../../support/factories';
import { account } from './records';
import type { ServiceApp } from './service-app';

const COVER: CoverItem[] = [{ kind: 'death_disability', name: '意外身故/伤残', amountFen: 65000000 }];

/** A product of its own with the county's rules for it (product rules come before any county-wide one). */
export async function productWithRules(
  s: ServiceApp,
  pricePerDayFen: number,
  rules: { condition: 'always' | 'checked_in_that_day' | 'hired_that_day'; workerShareBp: number; employerShareBp: number; governmentShareBp: number }[],
  countyCode = '371702',
) {
  const products = s.get(InsuranceProductsService);
  const view = await products.createProduct(await account(s, ['admin']), {
    insurer: '测试财产保险股份有限公司菏泽中心支公司',
    insurerHotline: '95518',
    planCode: unique('SVC').slice(0, 40),
    name: '零工日保（服务层测试）',
    pricePerDayFen,
    minAge: 16,
    maxAge: 65,
    occupationClasses: [1, 2, 3, 4],
    cover: COVER,
    terms: '保险期间按天计算。',
  });
  const operator = await account(s, ['operator'], countyCode);
  for (const [i, rule] of rules.entries()) await products.createRule(operator, { countyCode, productId: view.id, name: `规则${i + 1}`, ...rule });
  return products.requireProduct(view.id);
}
