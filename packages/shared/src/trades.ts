/**
 * Accident-insurance occupation class, 1 (office) to 6; insurers refuse class 7 and unclassified work.
 * A top-level trade carries the class of its common work; riskier finer trades carry their own.
 */
export type OccupationClass = 1 | 2 | 3 | 4 | 5 | 6;

export interface TradeItem {
  code: string;
  name: string;
  parentCode?: string;
  occupationClass: OccupationClass;
}

export const TRADES: readonly TradeItem[] = [
  { code: 'construction', name: '建筑', occupationClass: 4 },
  { code: 'construction.mason', name: '瓦工', parentCode: 'construction', occupationClass: 4 },
  { code: 'construction.rebar', name: '钢筋工', parentCode: 'construction', occupationClass: 4 },
  { code: 'construction.carpenter', name: '木工', parentCode: 'construction', occupationClass: 4 },
  { code: 'construction.concrete', name: '混凝土工', parentCode: 'construction', occupationClass: 4 },
  { code: 'construction.scaffolder', name: '架子工（高处作业）', parentCode: 'construction', occupationClass: 5 },
  { code: 'construction.labourer', name: '力工/小工', parentCode: 'construction', occupationClass: 4 },

  { code: 'decoration', name: '装修', occupationClass: 3 },
  { code: 'decoration.painter', name: '油漆工', parentCode: 'decoration', occupationClass: 3 },
  { code: 'decoration.plumber_electrician', name: '水电工', parentCode: 'decoration', occupationClass: 3 },
  { code: 'decoration.tiler', name: '瓷砖工', parentCode: 'decoration', occupationClass: 3 },
  { code: 'decoration.plasterer', name: '腻子工', parentCode: 'decoration', occupationClass: 3 },
  { code: 'decoration.ceiling', name: '吊顶工', parentCode: 'decoration', occupationClass: 3 },

  { code: 'moving', name: '搬运', occupationClass: 3 },
  { code: 'moving.loader', name: '装卸工', parentCode: 'moving', occupationClass: 3 },
  { code: 'moving.house_mover', name: '搬家工', parentCode: 'moving', occupationClass: 3 },
  { code: 'moving.furniture_fitter', name: '家具拆装工', parentCode: 'moving', occupationClass: 3 },

  { code: 'cleaning', name: '保洁', occupationClass: 2 },
  { code: 'cleaning.daily', name: '日常保洁', parentCode: 'cleaning', occupationClass: 2 },
  { code: 'cleaning.move_in', name: '开荒保洁', parentCode: 'cleaning', occupationClass: 3 },
  { code: 'cleaning.street', name: '道路清扫', parentCode: 'cleaning', occupationClass: 3 },
  { code: 'cleaning.window_high', name: '高空外墙清洗', parentCode: 'cleaning', occupationClass: 5 },

  { code: 'housekeeping', name: '家政', occupationClass: 2 },
  { code: 'housekeeping.hourly', name: '钟点工', parentCode: 'housekeeping', occupationClass: 2 },
  { code: 'housekeeping.nanny', name: '保姆', parentCode: 'housekeeping', occupationClass: 2 },
  { code: 'housekeeping.maternity', name: '月嫂', parentCode: 'housekeeping', occupationClass: 2 },
  { code: 'housekeeping.carer', name: '护工', parentCode: 'housekeeping', occupationClass: 2 },

  { code: 'catering', name: '餐饮', occupationClass: 2 },
  { code: 'catering.dishwasher', name: '洗碗工', parentCode: 'catering', occupationClass: 2 },
  { code: 'catering.kitchen_helper', name: '帮厨/切配', parentCode: 'catering', occupationClass: 2 },
  { code: 'catering.waiter', name: '服务员', parentCode: 'catering', occupationClass: 2 },
  { code: 'catering.cook', name: '厨师', parentCode: 'catering', occupationClass: 3 },

  { code: 'agriculture', name: '农业', occupationClass: 2 },
  { code: 'agriculture.picker', name: '采摘工', parentCode: 'agriculture', occupationClass: 2 },
  { code: 'agriculture.greenhouse', name: '大棚工', parentCode: 'agriculture', occupationClass: 2 },
  { code: 'agriculture.peony', name: '牡丹种植工', parentCode: 'agriculture', occupationClass: 2 },
  { code: 'agriculture.machine_operator', name: '农机手', parentCode: 'agriculture', occupationClass: 4 },

  { code: 'manufacturing', name: '制造', occupationClass: 3 },
  { code: 'manufacturing.assembler', name: '流水线普工', parentCode: 'manufacturing', occupationClass: 3 },
  { code: 'manufacturing.packer', name: '包装工', parentCode: 'manufacturing', occupationClass: 2 },
  { code: 'manufacturing.sewer', name: '缝纫工', parentCode: 'manufacturing', occupationClass: 2 },
  { code: 'manufacturing.woodworker', name: '木材加工工', parentCode: 'manufacturing', occupationClass: 4 },
  { code: 'manufacturing.welder', name: '电焊工', parentCode: 'manufacturing', occupationClass: 4 },

  { code: 'logistics', name: '物流', occupationClass: 3 },
  { code: 'logistics.sorter', name: '分拣员', parentCode: 'logistics', occupationClass: 3 },
  { code: 'logistics.warehouse', name: '仓库理货员', parentCode: 'logistics', occupationClass: 3 },
  { code: 'logistics.courier', name: '快递员', parentCode: 'logistics', occupationClass: 4 },
  { code: 'logistics.forklift', name: '叉车司机', parentCode: 'logistics', occupationClass: 4 },
  { code: 'logistics.driver', name: '货车司机', parentCode: 'logistics', occupationClass: 4 },

  { code: 'repair', name: '维修', occupationClass: 3 },
  { code: 'repair.electrician', name: '电工', parentCode: 'repair', occupationClass: 4 },
  { code: 'repair.appliance', name: '家电维修', parentCode: 'repair', occupationClass: 3 },
  { code: 'repair.pipe', name: '管道疏通', parentCode: 'repair', occupationClass: 3 },
  { code: 'repair.vehicle', name: '汽车维修', parentCode: 'repair', occupationClass: 3 },
  { code: 'repair.air_conditioner', name: '空调安装（高处作业）', parentCode: 'repair', occupationClass: 5 },
];

const TRADES_BY_CODE: ReadonlyMap<string, TradeItem> = new Map(TRADES.map((trade) => [trade.code, trade]));

export function findTrade(code: string): TradeItem | undefined {
  return TRADES_BY_CODE.get(code);
}

export function isTradeCode(code: string): boolean {
  return TRADES_BY_CODE.has(code);
}

export function tradeName(code: string): string | undefined {
  return findTrade(code)?.name;
}

/** The trade's own code, then its parent's; store both so a filter on `construction` finds `construction.mason`. */
export function tradeAndAncestors(code: string): string[] {
  const codes: string[] = [];
  for (let trade = findTrade(code); trade; trade = trade.parentCode ? findTrade(trade.parentCode) : undefined) {
    codes.push(trade.code);
  }
  return codes;
}

/** The riskiest class among the trades, 0 when none is known (insurers refuse class 0). Unknown codes are ignored. */
export function occupationClassOf(codes: readonly string[]): OccupationClass | 0 {
  let highest: OccupationClass | 0 = 0;
  for (const code of codes) {
    const occupationClass = findTrade(code)?.occupationClass ?? 0;
    if (occupationClass > highest) highest = occupationClass;
  }
  return highest;
}
