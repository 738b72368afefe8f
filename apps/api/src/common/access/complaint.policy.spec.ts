import { AppException } from '../app-exception';
import type { AuthUser } from './auth-user';
import {
  canFileComplaint,
  canHandleComplaint,
  canReadComplaint,
  complaintActorRole,
  complaintFiguresCounties,
  complaintQueueCounty,
  complaintReminderCounty,
  complaintViewer,
  isComplainant,
  seesComplaintQueue,
} from './complaint.policy';

const DONGMING = '371728';
const MUDAN = '371702';
const admin: AuthUser = { id: 1, roles: ['admin'], countyCode: null };
const operator: AuthUser = { id: 2, roles: ['operator'], countyCode: DONGMING };
const operatorWithoutCounty: AuthUser = { id: 3, roles: ['operator'], countyCode: null };
const worker: AuthUser = { id: 10, roles: ['worker'], countyCode: null };
const stranger: AuthUser = { id: 11, roles: ['worker'], countyCode: null };
const complaint = { countyCode: DONGMING, complainantUserId: worker.id };

describe('complaint.policy', () => {
  describe('complaint.read', () => {
    it('shows the case as staff to the county operator and the admin, as complainant to its complainant', () => {
      expect(complaintViewer(operator, complaint)).toBe('staff');
      expect(complaintViewer(admin, complaint)).toBe('staff');
      expect(complaintViewer(worker, complaint)).toBe('complainant');
    });

    it('hides it from everyone else, an operator of another county and one without a county included', () => {
      expect(complaintViewer(stranger, complaint)).toBeNull();
      expect(complaintViewer({ ...operator, countyCode: MUDAN }, complaint)).toBeNull();
      expect(complaintViewer(operatorWithoutCounty, complaint)).toBeNull();
      expect(canReadComplaint(stranger, complaint)).toBe(false);
      expect(canReadComplaint(worker, complaint)).toBe(true);
    });

    it('lets a complainant who later became staff elsewhere still follow their own case', () => {
      expect(complaintViewer({ id: worker.id, roles: ['worker', 'operator'], countyCode: MUDAN }, complaint)).toBe('complainant');
    });
  });

  it('lets only staff of the county handle a case, and only the complainant follow it up', () => {
    expect(canHandleComplaint(operator, complaint)).toBe(true);
    expect(canHandleComplaint(admin, complaint)).toBe(true);
    expect(canHandleComplaint(worker, complaint)).toBe(false);
    expect(isComplainant(worker, complaint)).toBe(true);
    expect(isComplainant(operator, complaint)).toBe(false);
  });

  it('keeps staff from filing complaints and gives them the queue instead', () => {
    expect(canFileComplaint(worker)).toBe(true);
    expect(canFileComplaint(operator)).toBe(false);
    expect(canFileComplaint(admin)).toBe(false);
    expect(seesComplaintQueue(operator)).toBe(true);
    expect(seesComplaintQueue(worker)).toBe(false);
    // An operator without a county is not staff: they file and list like anyone.
    expect(canFileComplaint(operatorWithoutCounty)).toBe(true);
  });

  it("scopes the queue, the figures and the reminders to an operator's county", () => {
    expect(complaintQueueCounty(operator, MUDAN)).toBe(DONGMING);
    expect(complaintQueueCounty(admin, MUDAN)).toBe(MUDAN);
    expect(complaintQueueCounty(admin)).toBeUndefined();
    expect(complaintFiguresCounties(operator, MUDAN)).toEqual([DONGMING]);
    expect(complaintFiguresCounties(admin, MUDAN)).toEqual([MUDAN]);
    expect(complaintFiguresCounties(admin).length).toBeGreaterThan(1);
    expect(complaintReminderCounty(operator)).toBe(DONGMING);
    expect(complaintReminderCounty(admin)).toBeUndefined();
    expect(() => complaintReminderCounty(worker)).toThrow(AppException);
  });

  it('signs a step by the admin as admin, by anyone else on staff as operator', () => {
    expect(complaintActorRole(admin)).toBe('admin');
    expect(complaintActorRole(operator)).toBe('operator');
  });
});
