import { countyName, PAY_UNIT_NAMES, SETTLEMENT_NAMES, tradeName, yuanForDocument, type PayUnit, type Settlement } from '@lingong/shared';

export interface AgreementParties {
  employerName: string;
  employerContact: string;
  employerPhone: string;
  employerCreditCode: string | null;
  workerName: string;
  workerIdMasked: string;
  workerPhone: string;
}

export interface AgreementTerms {
  hireId: number;
  postingTitle: string;
  trade: string;
  description: string;
  address: string;
  countyCode: string;
  startDate: string;
  endDate: string;
  durationDays: number;
  workHours: string;
  payAmountFen: number;
  payUnit: PayUnit;
  settlement: Settlement;
}

const SETTLEMENT_TERMS: Record<Settlement, string> = {
  daily: '每天收工时当天结清',
  weekly: '每满7天结算一次，最后不满7天的在完工当天结清',
  on_completion: '完工当天一次结清',
};

/**
 * The labour agreement (用工协议) generated from the hiring record. Its text is what both sides confirm
 * and what is kept; the ID number appears masked only.
 */
export function renderAgreement(parties: AgreementParties, terms: AgreementTerms): string {
  const trade = tradeName(terms.trade) ?? terms.trade;
  return [
    `用工协议（编号：LG-${String(terms.hireId).padStart(8, '0')}）`,
    '',
    '一、双方',
    `用工方（甲方）：${parties.employerName}${parties.employerCreditCode ? `，统一社会信用代码 ${parties.employerCreditCode}` : ''}；联系人 ${parties.employerContact}，电话 ${parties.employerPhone}。`,
    `零工（乙方）：${parties.workerName}，身份证号 ${parties.workerIdMasked}，电话 ${parties.workerPhone}。`,
    '',
    '二、工作内容',
    `工种：${trade}。岗位：${terms.postingTitle}。内容：${terms.description}`,
    '',
    '三、工作地点',
    `${countyName(terms.countyCode) ?? ''}${terms.address}`,
    '',
    '四、工作期限',
    `自 ${terms.startDate} 起至 ${terms.endDate} 止，共 ${terms.durationDays} 天。`,
    '',
    '五、工作时间',
    `${terms.workHours}。需要延长工作时间的，应经乙方同意并另行支付报酬。`,
    '',
    '六、劳动报酬和结算',
    `工钱 ${yuanForDocument(terms.payAmountFen)} 元/${PAY_UNIT_NAMES[terms.payUnit]}，结算方式：${SETTLEMENT_NAMES[terms.settlement]}（${SETTLEMENT_TERMS[terms.settlement]}）。`,
    '甲方以货币形式足额支付，不得克扣或无故拖欠；不得收取押金、保证金等任何费用，不得扣押乙方身份证件。',
    '',
    '七、劳动安全和保险',
    '甲方提供符合国家规定的劳动安全条件和必要的劳动防护用品，作业前讲清安全注意事项；高处作业等危险作业须有防护措施。',
    '乙方遵守安全操作规程，有权拒绝违章指挥和强令冒险作业。',
    '甲方为乙方投保意外伤害保险或告知乙方参保方式；发生伤害时，甲方应及时送医并协助办理理赔。',
    '',
    '八、争议处理',
    '发生争议的，双方先协商解决；协商不成的，可向工作地所在县（区）零工市场或人力资源社会保障部门申请调解，',
    '也可拨打 12333 人社服务热线投诉举报，或依法申请劳动争议仲裁、向人民法院起诉。拖欠工钱的，可通过国务院客户端欠薪线索反映平台反映。',
    '',
    '九、其他',
    '本协议经双方在菏泽零工市场平台上确认后生效，平台保存确认的文本和时间，双方均可随时查看。',
  ].join('\n');
}
