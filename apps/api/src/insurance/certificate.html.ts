import { EnrollmentCertificate, formatYuan } from '@lingong/shared';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function coverAmount(item: EnrollmentCertificate['cover'][number]): string {
  if (item.kind === 'hospital_allowance') return `每天 ${formatYuan(item.amountFen)}`;
  const deductible = item.deductibleFen ? `（免赔额 ${formatYuan(item.deductibleFen)}）` : '';
  return `${formatYuan(item.amountFen)}${deductible}`;
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The printable electronic certificate (电子保险凭证). The ID number arrives masked. */
export function renderCertificateHtml(c: EnrollmentCertificate): string {
  const rows = c.cover.map((item) => `<tr><td>${esc(item.name)}</td><td>${esc(coverAmount(item))}</td></tr>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>电子保险凭证 ${esc(c.policyNo)}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 18px; line-height: 1.6; color: #111; max-width: 760px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 28px; text-align: center; margin-bottom: 4px; }
.sub { text-align: center; color: #333; margin-top: 0; }
table { width: 100%; border-collapse: collapse; margin: 16px 0; }
th, td { border: 1px solid #444; padding: 8px 10px; text-align: left; vertical-align: top; }
th { width: 32%; background: #f2f2f2; font-weight: normal; }
.note { font-size: 16px; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>意外伤害保险电子凭证</h1>
<p class="sub">${esc(c.insurer)}</p>
<table>
<tr><th>保单号</th><td>${esc(c.policyNo)}</td></tr>
<tr><th>被保险人</th><td>${esc(c.insuredName)}</td></tr>
<tr><th>身份证号</th><td>${esc(c.insuredIdMasked)}</td></tr>
<tr><th>保险方案</th><td>${esc(c.productName)}（${esc(c.planCode)}）</td></tr>
<tr><th>保障期间</th><td>${chineseDate(c.startDate)}0时起至${chineseDate(c.endDate)}24时止（北京时间）</td></tr>
<tr><th>保费</th><td>${esc(formatYuan(c.premiumFen))}</td></tr>
</table>
<table>
<tr><th>保障项目</th><td>保险金额</td></tr>
${rows}
</table>
<p class="note">出险后请尽快拨打保险公司服务电话 <strong>${esc(c.insurerHotline)}</strong> 报案，也可以在小程序里“我的保险”中报案。</p>
<p class="note">本凭证由菏泽市零工市场平台根据保险公司出具的保单信息生成，保险责任以保险合同条款为准。</p>
</body>
</html>
`;
}
