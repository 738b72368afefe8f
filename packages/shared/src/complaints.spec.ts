import {
  allowedComplaintActions,
  ANONYMOUS_CATEGORIES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_OPERATOR_ACTIONS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  COMPLAINT_WITHDRAWABLE,
} from './complaints';

describe('complaints', () => {
  it('has a Chinese label for every category and status', () => {
    expect(Object.keys(COMPLAINT_CATEGORY_LABELS).sort()).toEqual([...COMPLAINT_CATEGORIES].sort());
    expect(Object.keys(COMPLAINT_STATUS_LABELS).sort()).toEqual([...COMPLAINT_STATUSES].sort());
    for (const label of [...Object.values(COMPLAINT_CATEGORY_LABELS), ...Object.values(COMPLAINT_STATUS_LABELS)]) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never lets a wage claim be anonymous', () => {
    expect(ANONYMOUS_CATEGORIES).toContain('fake_posting');
    expect(ANONYMOUS_CATEGORIES).not.toContain('wage_arrears');
  });

  it('follows the path submitted → accepted → investigating → resolved → closed without skipping', () => {
    const path: [string, string][] = [
      ['accept', 'submitted'],
      ['investigate', 'accepted'],
      ['resolve', 'investigating'],
      ['close', 'resolved'],
    ];
    for (const [action, from] of path) expect(COMPLAINT_TRANSITIONS[action as keyof typeof COMPLAINT_TRANSITIONS].from).toContain(from);
    expect(COMPLAINT_TRANSITIONS.resolve.from).toEqual(['investigating']);
    expect(COMPLAINT_TRANSITIONS.investigate.from).toEqual(['accepted']);
    expect(COMPLAINT_TRANSITIONS.close.from).not.toContain('submitted');
    expect(COMPLAINT_TRANSITIONS.close.from).not.toContain('investigating');
  });

  it('requires a written reason for a refusal, a request for material, a resolution and an extension', () => {
    const needReason = COMPLAINT_OPERATOR_ACTIONS.filter((a) => COMPLAINT_TRANSITIONS[a].reasonRequired).sort();
    expect(needReason).toEqual(['extend', 'reject', 'request-material', 'resolve']);
  });

  it('never moves a case out of a final state', () => {
    for (const status of ['closed', 'withdrawn'] as const) {
      expect(allowedComplaintActions(status, false)).toEqual([]);
      expect(COMPLAINT_WITHDRAWABLE).not.toContain(status);
    }
  });

  it('offers the extension only once', () => {
    expect(allowedComplaintActions('investigating', false)).toEqual(['resolve', 'extend']);
    expect(allowedComplaintActions('investigating', true)).toEqual(['resolve']);
    expect(allowedComplaintActions('submitted', false)).toEqual(['accept', 'reject', 'request-material', 'refer']);
  });
});
