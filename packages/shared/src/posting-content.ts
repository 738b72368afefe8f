/**
 * The lawful-content check for job postings, shared by the API (which refuses or holds a posting) and
 * the mini-program (which warns while the employer types). Grounds: 就业促进法 Art 3/26, 就业服务与就业管理规定
 * Art 20, 网络招聘服务管理规定 Art 15, the 2019 notice on gender discrimination, 人社部发〔2010〕12号 (hepatitis B),
 * 劳动合同法 Art 9/84 (deposits, withheld papers), 禁止使用童工规定 (under 16).
 * Pure string work without lookbehind, so it runs on every mini-program JavaScript engine.
 */
import { findTrade } from './trades';
import { toHalfWidth } from './text';

export const CONTENT_CATEGORIES = [
  'gender',
  'marriage',
  'ethnicity',
  'region',
  'health',
  'fees',
  'hype',
  'child_labour',
  'age',
  'gender_restricted_job',
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export interface ContentFinding {
  category: ContentCategory;
  /** `block`: the posting is refused; `warn`: it goes to operator review. */
  severity: 'block' | 'warn';
  /** The words found, as the employer typed them (whitespace removed). */
  phrase: string;
  field: 'title' | 'description' | 'requirements';
  /** Plain Chinese: why, and what to write instead. */
  reason: string;
}

export interface PostingContentInput {
  title?: string;
  description?: string;
  requirements?: string | null;
  /** The posting's trade: a gender note is lawful (after review) for work the law forbids to women. */
  trade?: string;
}

export interface PostingContentResult {
  blocked: ContentFinding[];
  warnings: ContentFinding[];
}

interface Rule {
  category: Exclude<ContentCategory, 'age' | 'gender_restricted_job'>;
  pattern: RegExp;
  reason: string;
}

const REASONS = {
  gender: '招工信息不能限定性别或写“男性优先”（就业促进法第二十七条）。请删去性别要求，写清楚活儿的内容和强度。',
  marriage: '招工信息不能对婚姻、生育状况提要求（就业服务与就业管理规定第二十条）。请删去这部分。',
  ethnicity: '招工信息不能限定民族或宗教信仰（就业促进法第二十八条）。请删去这部分。',
  region: '招工信息不能限定户籍或地域（就业促进法第三十一条）。请删去这部分。',
  health: '不能以乙肝病原携带为由拒绝招用，也不能要求乙肝检测（人社部发〔2010〕12号）。请删去这部分。',
  fees: '用工方不能向零工收取押金、保证金等任何费用，也不能扣押身份证件（劳动合同法第九条）。请删去这部分。',
  hype: '招工信息要真实，不能用“高薪”“日入过千”“保录”等夸大的说法（网络招聘服务管理规定第十五条）。请写明实际工钱。',
  child_labour: '不能招用未满16周岁的人（禁止使用童工规定）。请删去这部分。',
  age: '写了年龄限制。年龄要求要有正当理由，这条信息会先由市场工作人员审核后再发布。',
  gender_restricted_job: '这是女职工禁忌从事的劳动（如高处作业、井下作业），可以注明性别，但要先由市场工作人员审核后再发布。',
} as const satisfies Record<ContentCategory, string>;

const RULES: Rule[] = [
  {
    category: 'gender',
    pattern: /(?:限|只招|仅招|只要|仅限|限招|不招|不要)(?:男|女)(?:性|士|工|的)?|(?:男|女)(?:性|士|工)?优先|性别[:：]?(?:男|女)/g,
    reason: REASONS.gender,
  },
  { category: 'marriage', pattern: /已婚已育|已婚|未婚|已育|未育|不得(?:怀孕|生育)|孕妇勿扰|孕期勿扰|需生育|有孩子优先/g, reason: REASONS.marriage },
  {
    category: 'ethnicity',
    pattern:
      /限汉族|汉族优先|只招汉族|不招[\u4e00-\u9fa5]{0,6}(?:少数民族|民族)|少数民族勿扰|(?:限|不招)[\u4e00-\u9fa5]{0,3}(?:信教|宗教|穆斯林|回族|维吾尔族|藏族)/g,
    reason: REASONS.ethnicity,
  },
  {
    category: 'region',
    pattern:
      /本地户口|本地户籍|本地人优先|只招本地人?|仅限本地人?|限[\u4e00-\u9fa5]{0,6}户籍|限[\u4e00-\u9fa5]{0,6}户口|外地人?勿扰|不招外地人?|不招[\u4e00-\u9fa5]{1,4}(?:省|籍)?人/g,
    reason: REASONS.region,
  },
  { category: 'health', pattern: /乙肝|两对半|大三阳|小三阳|HBsAg/gi, reason: REASONS.health },
  { category: 'fees', pattern: /押金|保证金|报名费|服装费|工装费|培训费|介绍费|中介费|体检费|建档费|(?:扣|押|扣押|收)(?:留)?身份证/g, reason: REASONS.fees },
  { category: 'hype', pattern: /高薪|保录|包录取|日入过?千|日赚过?千|月入过?万|月赚过?万|轻松赚钱|躺赚/g, reason: REASONS.hype },
  { category: 'child_labour', pattern: /童工|初中生|小学生|未满(?:16|十六)周?岁(?:也可|可|均可|即可)/g, reason: REASONS.child_labour },
];

/**
 * Lawful phrases that contain a forbidden one ("男女不限" contains "限男"? no, but "不限男女" does;
 * "不收押金" contains "押金"): blanked out before scanning.
 */
const LAWFUL =
  /不限男女|男女不限|男女均可|男女皆可|男女都可|不限性别|性别不限|不限户籍|户籍不限|不限地域|地域不限|不限民族|(?:不|无|免|没有|绝不|从不|不用)(?:收|需|要|交|收取|缴纳|需要)?(?:任何)?(?:押金|保证金|报名费|服装费|工装费|培训费|介绍费|中介费|体检费|费用)|不扣(?:押)?身份证|年龄不限|不限年龄/g;

const AGE_RANGE = /(\d{1,2})\s*(?:周岁|岁)?\s*[-~至到]\s*(\d{1,2})\s*周?岁/g;
const AGE_BOUND = /(\d{1,2})\s*周?岁(以下|以内|以上|之间)|年龄(?:不超过|不大于|不高于|不低于|不小于|要求|限制|在)\s*\d{0,2}\s*周?岁?/g;
const MIN_WORKING_AGE = 16;

/** Text forms a gender note may lawfully take for work forbidden to women (女职工禁忌劳动范围). */
const RESTRICTED_WORK_TEXT = /井下|矿山|高处作业|高空作业|登高|四级体力劳动|禁忌劳动/;
/** Occupation class 5+: high places and heavy construction, where the restriction commonly applies. */
const RESTRICTED_WORK_CLASS = 5;

function normalise(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(LAWFUL, (m) => '　'.repeat(m.length));
}

function scanField(text: string, field: ContentFinding['field'], restrictedWork: boolean): ContentFinding[] {
  const clean = normalise(text);
  const findings: ContentFinding[] = [];
  for (const rule of RULES) {
    for (const match of clean.matchAll(rule.pattern)) {
      if (rule.category === 'gender' && restrictedWork) {
        findings.push({ category: 'gender_restricted_job', severity: 'warn', phrase: match[0], field, reason: REASONS.gender_restricted_job });
      } else {
        findings.push({ category: rule.category, severity: 'block', phrase: match[0], field, reason: rule.reason });
      }
    }
  }
  for (const match of clean.matchAll(AGE_RANGE)) {
    const lower = Math.min(Number(match[1]), Number(match[2]));
    findings.push(
      lower < MIN_WORKING_AGE
        ? { category: 'child_labour', severity: 'block', phrase: match[0], field, reason: REASONS.child_labour }
        : { category: 'age', severity: 'warn', phrase: match[0], field, reason: REASONS.age },
    );
  }
  for (const match of clean.matchAll(AGE_BOUND)) {
    const years = match[1] ? Number(match[1]) : undefined;
    const allowsChildren = years !== undefined && years < MIN_WORKING_AGE && match[2] === '以上';
    findings.push(
      allowsChildren
        ? { category: 'child_labour', severity: 'block', phrase: match[0], field, reason: REASONS.child_labour }
        : { category: 'age', severity: 'warn', phrase: match[0], field, reason: REASONS.age },
    );
  }
  return findings;
}

/** Scans title, description and requirements. Any `blocked` finding refuses the posting; `warnings` send it to review. */
export function checkPostingContent(input: PostingContentInput): PostingContentResult {
  const trade = input.trade ? findTrade(input.trade) : undefined;
  const text = `${input.title ?? ''}${input.description ?? ''}${input.requirements ?? ''}`;
  const restrictedWork = (trade?.occupationClass ?? 0) >= RESTRICTED_WORK_CLASS || RESTRICTED_WORK_TEXT.test(normalise(text));
  const findings = [
    ...scanField(input.title ?? '', 'title', restrictedWork),
    ...scanField(input.description ?? '', 'description', restrictedWork),
    ...scanField(input.requirements ?? '', 'requirements', restrictedWork),
  ];
  return { blocked: findings.filter((f) => f.severity === 'block'), warnings: findings.filter((f) => f.severity === 'warn') };
}
