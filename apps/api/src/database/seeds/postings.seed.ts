import { EntityManager } from 'typeorm';
import { addDays, checkPostingContent, latCellOf, shanghaiDate } from '@lingong/shared';
import { Posting } from '../../postings/posting.entity';

type DemoPosting = Pick<Posting, 'trade' | 'title' | 'description' | 'headcount' | 'payAmountFen' | 'payUnit' | 'settlement' | 'address' | 'workHours'> & {
  lat: number;
  lng: number;
  startInDays: number;
  durationDays: number;
  requirements?: string;
};

/** Day jobs around 牡丹区, lawful by the shared content checker, starting today or in the next days. */
const DEMO_POSTINGS: DemoPosting[] = [
  {
    trade: 'construction.mason',
    title: '新建厂房砌墙，招瓦工3名',
    description: '砌砖抹灰，管午饭，工具自带。',
    headcount: 3,
    payAmountFen: 22000,
    payUnit: 'day',
    settlement: 'daily',
    address: '牡丹区长江路与桃花园路交叉口东南工地',
    workHours: '07:00-17:00，中午休息1小时',
    lat: 35.2402,
    lng: 115.4512,
    startInDays: 0,
    durationDays: 5,
    requirements: '有砌墙经验',
  },
  {
    trade: 'moving.loader',
    title: '物流园装卸货，当天结钱',
    description: '装卸家电纸箱，每天约10车，有叉车配合。',
    headcount: 5,
    payAmountFen: 18000,
    payUnit: 'day',
    settlement: 'daily',
    address: '牡丹区菏泽国际物流园3号库',
    workHours: '06:30-15:30',
    lat: 35.2711,
    lng: 115.4795,
    startInDays: 0,
    durationDays: 1,
  },
  {
    trade: 'cleaning',
    title: '新房开荒保洁',
    description: '三室两厅新房开荒，玻璃、地面、厨卫。',
    headcount: 2,
    payAmountFen: 25000,
    payUnit: 'day',
    settlement: 'on_completion',
    address: '牡丹区中华路东方红小区12号楼',
    workHours: '08:00-17:00',
    lat: 35.2488,
    lng: 115.4301,
    startInDays: 1,
    durationDays: 1,
  },
  {
    trade: 'decoration.painter',
    title: '门店刷墙，招油漆工',
    description: '临街门店内墙乳胶漆两遍，约120平方米，材料我们出。',
    headcount: 2,
    payAmountFen: 24000,
    payUnit: 'day',
    settlement: 'daily',
    address: '牡丹区人民路188号',
    workHours: '08:00-18:00',
    lat: 35.2573,
    lng: 115.4396,
    startInDays: 1,
    durationDays: 2,
  },
  {
    trade: 'agriculture',
    title: '大棚摘菜，按小时算',
    description: '黄瓜大棚采摘装筐，管饮水。',
    headcount: 8,
    payAmountFen: 1500,
    payUnit: 'hour',
    settlement: 'daily',
    address: '牡丹区吕陵镇蔬菜大棚基地',
    workHours: '05:30-11:30',
    lat: 35.2099,
    lng: 115.5204,
    startInDays: 0,
    durationDays: 3,
  },
  {
    trade: 'construction.labourer',
    title: '工地力工，周结',
    description: '搬砖、和灰、清理现场。',
    headcount: 6,
    payAmountFen: 17000,
    payUnit: 'day',
    settlement: 'weekly',
    address: '定陶区兴华路安置房项目',
    workHours: '07:00-17:00',
    lat: 35.0752,
    lng: 115.5786,
    startInDays: 0,
    durationDays: 14,
  },
];

/** Open postings of the demo employer, so the 找活 feed has jobs on a fresh demo database. */
export async function seedPostingsDemo(manager: EntityManager, employer: { id: number; countyCode: string; phone: string }): Promise<string> {
  const today = shanghaiDate();
  const now = new Date();
  const repo = manager.getRepository(Posting);
  for (const p of DEMO_POSTINGS) {
    const content = checkPostingContent({ title: p.title, description: p.description, requirements: p.requirements });
    if (content.blocked.length || content.warnings.length) throw new Error(`demo posting "${p.title}" is not plainly lawful`);
    const startDate = addDays(today, p.startInDays);
    await repo.insert({
      employerId: employer.id,
      countyCode: p.lat < 35.15 ? '371703' : employer.countyCode,
      trade: p.trade,
      title: p.title,
      description: p.description,
      headcount: p.headcount,
      filledCount: 0,
      payAmountFen: p.payAmountFen,
      payUnit: p.payUnit,
      settlement: p.settlement,
      address: p.address,
      lat: p.lat,
      lng: p.lng,
      latCell: latCellOf(p.lat),
      startDate,
      durationDays: p.durationDays,
      endDate: addDays(startDate, p.durationDays - 1),
      workHours: p.workHours,
      requirements: p.requirements ?? null,
      contactPhone: employer.phone,
      validUntil: new Date(now.getTime() + 7 * 86400000),
      status: 'open',
      statusReason: null,
      reviewNotes: null,
      reviewedAt: null,
      reviewedBy: null,
      publishedAt: now,
    });
  }
  return `${DEMO_POSTINGS.length} postings`;
}
