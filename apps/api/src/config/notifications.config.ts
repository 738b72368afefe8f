// Types only: the migration CLI loads the config files without a built @lingong/shared.
import type { SubscribeTemplateKey } from '@lingong/shared';
import { ConfigContext } from './env';

/** The notifications slice. */
export interface NotificationsConfig {
  /** Subscribe-message template ids by purpose (see notifications/subscribe-message.ts); empty: sending is off. */
  subscribeTemplates: Partial<Record<SubscribeTemplateKey, string>>;
}

export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');

/** Mirrors SUBSCRIBE_TEMPLATE_KEYS of @lingong/shared (a unit test keeps them equal). */
export const SUBSCRIBE_PURPOSES: readonly SubscribeTemplateKey[] = [
  'application',
  'invitation',
  'accepted',
  'posting_rejected',
  'completed',
  'employer_review',
];

/** `WECHAT_SUBSCRIBE_TEMPLATES=application:TEMPLATE_ID,invitation:TEMPLATE_ID,...`: the template chosen in the WeChat console for each purpose. */
export function parseNotificationsConfig(ctx: ConfigContext): NotificationsConfig {
  const subscribeTemplates: NotificationsConfig['subscribeTemplates'] = {};
  const raw = ctx.env.WECHAT_SUBSCRIBE_TEMPLATES ?? '';
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [key, id] = entry.split(':').map((part) => part.trim());
    if (!SUBSCRIBE_PURPOSES.includes(key as SubscribeTemplateKey) || !id || !/^[\w-]{1,64}$/.test(id)) {
      ctx.problems.push(`WECHAT_SUBSCRIBE_TEMPLATES 的 "${entry}" 不对，应为 用途:模板ID，用途只能是 ${SUBSCRIBE_PURPOSES.join('、')}`);
      continue;
    }
    subscribeTemplates[key as SubscribeTemplateKey] = id;
  }
  return { subscribeTemplates };
}
