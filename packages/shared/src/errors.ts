/**
 * Every error the API answers has one shape, `{ code, message, errors?, requestId }`.
 * `code` is one of the stable `DOMAIN.REASON` strings below, so the mini-program can branch on it;
 * `message` is the default plain-Chinese sentence (a service may send a more precise one).
 */
export const ERRORS = {
  'COMMON.VALIDATION_FAILED': { status: 400, message: '填写的内容有误，请按提示修改后再提交。' },
  'COMMON.MALFORMED_BODY': { status: 400, message: '提交的数据格式不对，请重新提交。' },
  'COMMON.PAYLOAD_TOO_LARGE': { status: 413, message: '提交的内容太大了，请减少后再试。' },
  'COMMON.UNSUPPORTED_MEDIA_TYPE': { status: 415, message: '不支持这种提交方式，请使用 JSON 格式。' },
  'COMMON.NOT_FOUND': { status: 404, message: '没有找到要访问的内容。' },
  'COMMON.RATE_LIMITED': { status: 429, message: '操作太频繁了，请稍等一会儿再试。' },
  'COMMON.INTERNAL': { status: 500, message: '系统出了点问题，请稍后再试。如果一直不行，请拨打市场服务电话。' },
  'COMMON.DATABASE_DOWN': { status: 503, message: '系统暂时无法使用，请稍后再试。' },

  'AUTH.UNAUTHENTICATED': { status: 401, message: '请先登录。' },
  'AUTH.TOKEN_INVALID': { status: 401, message: '登录已失效，请重新登录。' },
  'AUTH.FORBIDDEN': { status: 403, message: '您没有办理这项业务的权限。' },
  'AUTH.COUNTY_SCOPE': { status: 403, message: '只能办理本县（区）的业务。' },
  'AUTH.ACCOUNT_CLOSED': { status: 401, message: '该账号已注销，请重新登录。' },
  'AUTH.WECHAT_CODE_INVALID': { status: 400, message: '微信登录凭证无效或已过期，请重新打开小程序再试。' },
  'AUTH.WECHAT_RATE_LIMITED': { status: 429, message: '登录太频繁了，请稍等一分钟再试。' },
  'AUTH.WECHAT_RISKY_USER': { status: 403, message: '微信提示该账号存在风险，暂时不能登录，请联系微信客服。' },
  'AUTH.WECHAT_BUSY': { status: 503, message: '微信系统繁忙，请稍后再试。' },
  'AUTH.WECHAT_UNAVAILABLE': { status: 502, message: '暂时连不上微信，请稍后再试。' },
  'AUTH.PHONE_CODE_INVALID': { status: 400, message: '获取手机号失败，请重新点击“获取手机号”。' },

  'WORKER.NOT_REGISTERED': { status: 404, message: '您还没有登记为零工，请先登记。' },
  'WORKER.ID_NUMBER_INVALID': { status: 400, message: '身份证号码不正确，请核对后重新填写。' },
  'WORKER.UNDER_AGE': { status: 400, message: '未满16周岁不能登记找活。' },
  'WORKER.ID_NUMBER_TAKEN': { status: 409, message: '这个身份证号码已经登记过了。一人只能登记一个账号，如有疑问请到市场服务窗口办理。' },
  'WORKER.ID_NUMBER_LOCKED': { status: 409, message: '身份证号码登记后不能自行修改，如需更正请到市场服务窗口办理。' },
  'WORKER.PHONE_INVALID': { status: 400, message: '手机号码不正确，请填写11位手机号。' },
  'WORKER.TRADE_UNKNOWN': { status: 400, message: '选择的工种不在目录里，请重新选择。' },
  'WORKER.COUNTY_UNKNOWN': { status: 400, message: '所在县（区）代码不正确，请重新选择。' },
  'WORKER.CONSENT_REQUIRED': { status: 400, message: '需要您单独同意处理身份证号码和位置信息，才能完成登记。' },
  'WORKER.CONSENT_OUTDATED': { status: 400, message: '个人信息处理说明已更新，请重新阅读并同意。' },
  'WORKER.LOCATION_INVALID': { status: 400, message: '位置不正确，请重新定位。' },

  'EMPLOYER.NOT_REGISTERED': { status: 404, message: '您还没有登记为用工方，请先登记。' },
  'EMPLOYER.NOT_FOUND': { status: 404, message: '没有找到这个用工方。' },
  'EMPLOYER.CREDIT_CODE_REQUIRED': { status: 400, message: '单位登记需要填写统一社会信用代码。' },
  'EMPLOYER.CREDIT_CODE_INVALID': { status: 400, message: '统一社会信用代码格式不对，应为18位数字或大写字母。' },
  'EMPLOYER.CREDIT_CODE_TAKEN': { status: 409, message: '这个统一社会信用代码已经登记过了，请联系本单位的负责人，或到市场服务窗口办理。' },
  'EMPLOYER.PHONE_INVALID': { status: 400, message: '联系电话不正确，请填写11位手机号。' },
  'EMPLOYER.COUNTY_NOT_SERVED': { status: 400, message: '所在县（区）不在本平台服务范围内。' },
  'EMPLOYER.SUSPENDED': { status: 403, message: '您的用工方账号已被暂停，请查看原因或联系市场工作人员。' },
  'EMPLOYER.STATUS_CHANGE_INVALID': { status: 409, message: '当前状态下不能进行这个操作。' },

  'MARKET.NOT_FOUND': { status: 404, message: '没有找到这个零工市场。' },
  'MARKET.COUNTY_NOT_SERVED': { status: 400, message: '所在县（区）不在本平台服务范围内。' },
  'MARKET.OPENING_HOURS_INVALID': { status: 400, message: '开放时间格式不对，应为“05:00-12:00”这样的格式。' },
  'MARKET.LOCATION_INVALID': { status: 400, message: '市场位置不正确，请在地图上重新选点。' },
  'MARKET.TRADE_UNKNOWN': { status: 400, message: '主要工种不在目录里，请重新选择。' },

  // Postings, matching and hiring (issue 3)
  'POSTING.NOT_FOUND': { status: 404, message: '没有找到这条招工信息，可能已经关闭。' },
  'POSTING.FORBIDDEN_CONTENT': { status: 400, message: '招工信息里有法律不允许的内容，请按提示修改后再发布。' },
  'POSTING.EMPLOYER_UNVERIFIED': { status: 403, message: '您的用工方信息还没有核实，核实后才能发布招工信息。请到市场服务窗口或等待工作人员核实。' },
  'POSTING.EMPLOYER_PENDING_REVIEW': { status: 403, message: '您的用工方信息正在审核，审核通过后才能发布招工信息。' },
  'POSTING.EMPLOYER_SUSPENDED': { status: 403, message: '您的用工方账号已被暂停，不能发布招工信息。请查看原因或联系市场工作人员。' },
  'POSTING.TRADE_UNKNOWN': { status: 400, message: '工种不在目录里，请重新选择。' },
  'POSTING.LOCATION_INVALID': { status: 400, message: '干活地点不正确，请在地图上重新选点。' },
  'POSTING.DATES_INVALID': { status: 400, message: '日期不对：开工日期不能早于今天，有效期要在现在之后。' },
  'POSTING.PHONE_INVALID': { status: 400, message: '联系电话不正确，请填写手机号或带区号的座机号。' },
  'POSTING.NOT_EDITABLE': { status: 409, message: '这条招工信息已经结束，不能再修改。' },
  'POSTING.HEADCOUNT_BELOW_FILLED': { status: 409, message: '招工人数不能少于已经录用的人数。' },
  'POSTING.STATUS_CHANGE_INVALID': { status: 409, message: '这条招工信息当前的状态不能进行这个操作。' },
  'POSTING.NOT_OPEN': { status: 409, message: '这条招工信息已经招满或已关闭，不能再报名。' },
  'POSTING.ALREADY_REPORTED': { status: 409, message: '您已经举报过这条信息了，工作人员会尽快处理。' },
  'APPLICATION.NOT_FOUND': { status: 404, message: '没有找到这条报名或邀请。' },
  'APPLICATION.DUPLICATE': { status: 409, message: '您已经报名或被邀请过这个活了，请在“我的报名”里查看。' },
  'APPLICATION.NOT_PENDING': { status: 409, message: '这条报名或邀请已经处理过了。' },
  'APPLICATION.FILLED': { status: 409, message: '人已经招满了，不能再录用。' },
  'APPLICATION.SCHEDULE_CLASH': { status: 409, message: '这位师傅在这些日子已经有活了，不能重复录用。' },
  'APPLICATION.WORKER_NOT_FOUND': { status: 404, message: '没有找到这位零工。' },
  'APPLICATION.ALREADY_STARTED': { status: 409, message: '已经开工了，不能再取消。如有纠纷，请拨打12333或到市场服务窗口。' },
  'HIRE.NOT_FOUND': { status: 404, message: '没有找到这条用工记录。' },
  'HIRE.AGREEMENT_ALREADY_CONFIRMED': { status: 409, message: '您已经确认过这份用工协议了。' },
  'HIRE.PAYMENT_ALREADY_REPORTED': { status: 409, message: '工钱情况已经登记过了。如有问题，请拨打12333或到市场服务窗口。' },
  'HIRE.NOT_STARTED': { status: 409, message: '还没开工，开工后才能登记工钱和评价。' },
  'HIRE.ALREADY_RATED': { status: 409, message: '您已经评价过了。' },
  'HIRE.CANCELLED': { status: 409, message: '这次用工已经取消了。' },
  'NOTIFICATION.TEMPLATE_UNKNOWN': { status: 400, message: '订阅的消息类型不正确。' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** `ErrorCodes.WORKER_ID_NUMBER_TAKEN === 'WORKER.ID_NUMBER_TAKEN'`, for code that branches on a code. */
export const ErrorCodes = Object.fromEntries(
  Object.keys(ERRORS).map((code) => [code.replace('.', '_'), code]),
) as { [K in ErrorCode as K extends `${infer D}.${infer R}` ? `${D}_${R}` : never]: K };

export interface FieldError {
  /** Dotted path of the offending field, e.g. `location.lat`. */
  field: string;
  /** Plain Chinese sentence about that field. */
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  requestId: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERRORS, value);
}
