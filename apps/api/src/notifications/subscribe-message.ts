import { MINIAPP_PAGES, miniappPageWith, type SubscribeTemplateKey } from '@lingong/shared';
import type { NotificationEvent } from './notifications.service';

/** WeChat's limits per field type; longer values make the whole send fail (errcode 47003). */
const FIELD_LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  amount: 32,
  time: 32,
  date: 32,
  phone_number: 17,
  car_number: 8,
};

/** Cuts a value to its field's limit (by characters, not UTF-16 units), marking the cut with "…". */
export function fitField(key: string, value: string): string {
  const type = key.replace(/\d+$/, '');
  const limit = FIELD_LIMITS[type] ?? 20;
  const chars = [...value.trim()];
  if (chars.length <= limit) return chars.join('');
  return type === 'thing' || type === 'name' ? `${chars.slice(0, limit - 1).join('')}…` : chars.slice(0, limit).join('');
}

export interface SubscribeMessage {
  templateKey: SubscribeTemplateKey;
  page: string;
  data: Record<string, { value: string }>;
}

function shanghaiTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The message for an outbox event, or undefined when the event is not sent by WeChat. The templates
 * chosen in the WeChat console must use these keys: thing1 (the job), phrase2 (what happened),
 * time3 (when), thing4 (a note).
 */
export function subscribeMessageFor(event: NotificationEvent, payload: Record<string, string | number | null>, createdAt: Date): SubscribeMessage | undefined {
  const title = String(payload.title ?? '');
  const time = shanghaiTime(createdAt.toISOString());
  const data = (phrase: string, note: string) => ({
    thing1: { value: fitField('thing1', title) },
    phrase2: { value: fitField('phrase2', phrase) },
    time3: { value: time },
    thing4: { value: fitField('thing4', note) },
  });
  switch (event) {
    case 'application.created':
      return {
        templateKey: 'application',
        page: miniappPageWith(MINIAPP_PAGES.employerPosting, { id: Number(payload.postingId) }),
        data: data('有人报名', '请打开小程序查看报名的师傅'),
      };
    case 'invitation.created':
      return { templateKey: 'invitation', page: MINIAPP_PAGES.workerWork, data: data('邀请您', '用工方邀请您来干活，请尽快答复') };
    // The hired worker hears of an accepted application; the inviting employer of an accepted invitation.
    case 'application.accepted':
      return {
        templateKey: 'accepted',
        page: miniappPageWith(MINIAPP_PAGES.workerHire, { id: Number(payload.hireId) }),
        data: data('已录用', '请查看并确认用工协议'),
      };
    case 'invitation.accepted':
      return {
        templateKey: 'accepted',
        page: miniappPageWith(MINIAPP_PAGES.employerHire, { id: Number(payload.hireId) }),
        data: data('已答应', '师傅答应来干活，请确认用工协议'),
      };
    case 'posting.rejected':
      return {
        templateKey: 'posting_rejected',
        page: miniappPageWith(MINIAPP_PAGES.employerPosting, { id: Number(payload.postingId) }),
        data: data('未通过', String(payload.reason ?? '请查看原因后修改')),
      };
    case 'employer.reviewed': {
      const phrase = payload.status === 'verified' ? '已核实' : '已暂停';
      const note = String(payload.reason ?? (payload.status === 'verified' ? '现在可以发布招工了' : '请查看原因或联系市场工作人员'));
      return {
        templateKey: 'employer_review',
        page: MINIAPP_PAGES.employerRegister,
        data: {
          thing1: { value: fitField('thing1', String(payload.name ?? '')) },
          phrase2: { value: phrase },
          time3: { value: time },
          thing4: { value: fitField('thing4', note) },
        },
      };
    }
    case 'hire.completed':
      return {
        templateKey: 'completed',
        page: miniappPageWith(MINIAPP_PAGES.workerHire, { id: Number(payload.hireId) }),
        data: data('已完工', '老板已标记完工，请登记工钱并评价'),
      };
    default:
      return undefined;
  }
}
