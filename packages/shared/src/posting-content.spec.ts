import { checkPostingContent, ContentCategory } from './posting-content';

const base = { title: '招瓦工三名', description: '砌墙抹灰，管午饭，当天结清。', requirements: '' };

function blockedBy(text: string, field: 'title' | 'description' | 'requirements' = 'description') {
  return checkPostingContent({ ...base, [field]: text, trade: 'construction.mason' }).blocked;
}

describe(checkPostingContent.name, () => {
  it('passes an ordinary posting without findings', () => {
    expect(checkPostingContent({ ...base, trade: 'construction.mason' })).toEqual({ blocked: [], warnings: [] });
  });

  it.each<[ContentCategory, string, string]>([
    ['gender', '限男性，能吃苦', '限男性'],
    ['gender', '只招男工', '只招男工'],
    ['gender', '男性优先', '男性优先'],
    ['gender', '限女', '限女'],
    ['marriage', '要求已婚已育', '已婚已育'],
    ['marriage', '入职一年内不得怀孕', '不得怀孕'],
    ['marriage', '未育者勿扰', '未育'],
    ['ethnicity', '限汉族', '限汉族'],
    ['ethnicity', '不招少数民族', '不招少数民族'],
    ['region', '需本地户口', '本地户口'],
    ['region', '限菏泽户籍', '限菏泽户籍'],
    ['region', '外地人勿扰', '外地人勿扰'],
    ['region', '不招河南人', '不招河南人'],
    ['health', '乙肝携带者勿扰', '乙肝'],
    ['health', '入职查两对半', '两对半'],
    ['health', '大三阳不要', '大三阳'],
    ['fees', '上岗交押金200元', '押金'],
    ['fees', '需交保证金', '保证金'],
    ['fees', '报名费50', '报名费'],
    ['fees', '服装费自理', '服装费'],
    ['fees', '入职扣身份证', '扣身份证'],
    ['hype', '高薪招聘', '高薪'],
    ['hype', '保录取，保录', '保录'],
    ['hype', '日入过千不是梦', '日入过千'],
    ['child_labour', '14-50岁均可', '14-50岁'],
    ['child_labour', '15岁以上即可', '15岁以上'],
    ['child_labour', '童工也要', '童工'],
  ])('blocks %s: "%s" with the phrase "%s" and a Chinese reason', (category, text, phrase) => {
    const blocked = blockedBy(text);
    expect(blocked[0]).toEqual({ category, severity: 'block', phrase, field: 'description', reason: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('finds phrases typed with spaces or full-width characters', () => {
    expect(blockedBy('限 男')[0].phrase).toBe('限男');
    expect(blockedBy('１４－５０岁'.replace('－', '-'))[0].category).toBe('child_labour');
  });

  it('reports the field where the phrase was found', () => {
    expect(blockedBy('高薪急招', 'title')[0].field).toBe('title');
    expect(blockedBy('押金100', 'requirements')[0].field).toBe('requirements');
  });

  it.each(['男女不限', '不限男女', '不收押金', '无需任何押金', '不收取任何费用', '年龄不限', '户籍不限'])('does not block the lawful "%s"', (text) => {
    expect(checkPostingContent({ ...base, description: text })).toEqual({ blocked: [], warnings: [] });
  });

  it.each([
    ['50岁以下', '50岁以下'],
    ['18-45岁', '18-45岁'],
    ['年龄不超过55岁', '年龄不超过55岁'],
  ])('warns, not blocks, on the age limit "%s"', (text, phrase) => {
    const result = checkPostingContent({ ...base, requirements: text });
    expect(result.blocked).toEqual([]);
    expect(result.warnings).toEqual([{ category: 'age', severity: 'warn', phrase, field: 'requirements', reason: expect.stringContaining('审核') }]);
  });

  it('warns on a gender note for work forbidden to women (a class-5 high-place trade, or stated in the text)', () => {
    const byTrade = checkPostingContent({ ...base, requirements: '限男性', trade: 'construction.scaffolder' });
    expect(byTrade.blocked).toEqual([]);
    expect(byTrade.warnings[0]).toMatchObject({ category: 'gender_restricted_job', phrase: '限男性' });
    const byText = checkPostingContent({ ...base, description: '井下作业，限男性', trade: 'construction.labourer' });
    expect(byText.blocked).toEqual([]);
    expect(byText.warnings[0].category).toBe('gender_restricted_job');
  });

  it('still blocks a gender limit for ordinary work', () => {
    expect(checkPostingContent({ ...base, requirements: '限男性', trade: 'cleaning.daily' }).blocked[0].category).toBe('gender');
  });
});
