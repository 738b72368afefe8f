import { EntityManager } from 'typeorm';
import type { CoverItem } from '@lingong/shared';
import { InsuranceProduct } from '../../insurance/insurance-product.entity';
import { InsuranceSubsidyRule } from '../../insurance/insurance-subsidy-rule.entity';

const COVER: CoverItem[] = [
  { kind: 'death_disability', name: '意外身故/伤残', amountFen: 65000000 },
  { kind: 'medical', name: '意外医疗', amountFen: 5000000, deductibleFen: 10000 },
  { kind: 'hospital_allowance', name: '意外住院津贴', amountFen: 5000 },
];

const TERMS =
  '一、保险期间：按天计算，自投保所选日期当天0时起至结束日期当天24时止（北京时间）。\n' +
  '二、保险责任：被保险人在保险期间内遭受意外伤害，导致身故或伤残的，按保险金额及伤残等级给付；因意外发生的合理且必要的医疗费用，扣除免赔额后按100%赔付，以意外医疗保险金额为限；因意外住院的，按住院天数给付住院津贴，每次最多180天。\n' +
  '三、责任免除：故意行为、醉酒或吸毒、无证驾驶、疾病（包括猝死）、战争等情形不在保障范围内。\n' +
  '四、出险后请在48小时内拨打保险公司服务电话报案，并保留医院病历和费用票据。\n' +
  '本条款为演示摘要，以保险公司正式条款为准。';

/** Two plausible day plans and a subsidy rule for 牡丹区, for the embedded demo. */
export async function seedInsuranceDemo(manager: EntityManager): Promise<string> {
  const products = manager.getRepository(InsuranceProduct);
  const base = {
    insurer: '中国人民财产保险股份有限公司菏泽市分公司（演示）',
    insurerHotline: '95518',
    minAge: 16,
    maxAge: 65,
    cover: COVER,
    terms: TERMS,
    active: true,
  };
  const a = await products.save(products.create({ ...base, planCode: 'LGRB-A', name: '零工日保 A', pricePerDayFen: 300, occupationClasses: [1, 2, 3, 4] }));
  await products.save(
    products.create({ ...base, planCode: 'LGRB-B', name: '零工日保 B（建筑高处作业）', pricePerDayFen: 600, occupationClasses: [1, 2, 3, 4, 5] }),
  );
  await manager.getRepository(InsuranceSubsidyRule).insert({
    countyCode: '371702',
    productId: a.id,
    name: '到公益零工市场签到或有用工记录的当天，政府全额补贴',
    condition: 'checked_in_or_hired',
    workerShareBp: 0,
    employerShareBp: 0,
    governmentShareBp: 10000,
    active: true,
  });
  return '2 insurance products, 1 subsidy rule';
}
