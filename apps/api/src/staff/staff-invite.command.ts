import { INestApplicationContext } from '@nestjs/common';
import { countyName, STAFF_ROLES, type StaffRole } from '@lingong/shared';
import { AppException } from '../common/app-exception';
import { StaffInvitationsService } from './staff-invitations.service';

/** A wrong role or county on the command line: its message is all the operator of the server needs. */
export class StaffInviteRefused extends Error {}

export const STAFF_INVITE_USAGE = 'usage: cli.js staff-invite admin | staff-invite operator <county code, e.g. 371728>';

/**
 * `cli.js staff-invite admin`: the way to the first admin of a fresh server (and back in, should the
 * city ever have none): whoever can run commands on the server prints a one-time code and gives it to
 * the person, who types it in 我的. Answers the lines to print.
 */
export async function staffInviteCommand(app: INestApplicationContext, args: string[]): Promise<string[]> {
  const [role, countyCode, ...rest] = args;
  if (!(STAFF_ROLES as readonly string[]).includes(role ?? '') || rest.length) throw new StaffInviteRefused(STAFF_INVITE_USAGE);
  let invitation;
  try {
    invitation = await app.get(StaffInvitationsService).create(null, { role: role as StaffRole, ...(countyCode ? { countyCode } : {}) });
  } catch (error) {
    if (error instanceof AppException)
      throw new StaffInviteRefused([error.message, ...(error.errors ?? []).map((e) => `${e.field}: ${e.message}`), STAFF_INVITE_USAGE].join('\n'));
    throw error;
  }
  const who = invitation.role === 'admin' ? '市里管理员' : `${countyName(invitation.countyCode as string)}工作人员`;
  return [
    `invitation ${invitation.id} (${who}), usable once until ${invitation.expiresAt}:`,
    '',
    `  ${invitation.code}`,
    '',
    '请把邀请码告诉这位工作人员：在小程序“我的”最下面点“工作人员：输入邀请码”，输入后确定。',
    'The code is shown only now; it is stored as a keyed hash. Revoke it in 工作人员 or with DELETE /api/staff/invitations/<id>.',
  ];
}
