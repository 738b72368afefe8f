import { validateCreditCode, type EmployerProfile, type EmployerStatus } from '@lingong/shared';

export const EMPLOYER_STATUS_LABELS: Record<EmployerStatus, { text: string; color: string }> = {
  pending_review: { text: '待人工核实', color: 'orange' },
  unverified: { text: '未核实', color: 'default' },
  verified: { text: '已核实', color: 'green' },
  suspended: { text: '已暂停', color: 'red' },
};

/** What the credit-code check says, as the operator reads it beside the code. */
export function creditCodeCheck(employer: Pick<EmployerProfile, 'kind' | 'creditCode'>): { text: string; ok: boolean } {
  if (!employer.creditCode) return { text: employer.kind === 'person' ? '个人，无需信用代码' : '未填写信用代码', ok: employer.kind === 'person' };
  const result = validateCreditCode(employer.creditCode);
  if (result.ok) return { text: '格式和校验位都正确', ok: true };
  return { text: result.reason === 'checksum' ? '校验位不对（可能是早期试点代码），请核对营业执照原件' : result.message, ok: false };
}
