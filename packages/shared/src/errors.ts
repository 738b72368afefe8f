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

  // Check-in at the market gate (签到)
  'CHECKIN.TOKEN_INVALID': { status: 400, message: '这个签到码无效，请扫描市场门口屏幕上的签到码。' },
  'CHECKIN.TOKEN_EXPIRED': { status: 400, message: '签到码已过期，请重新扫描屏幕上最新的签到码。' },
  'CHECKIN.MARKET_CLOSED': { status: 409, message: '市场现在不在开放时间，暂时不能签到。' },
  'CHECKIN.LOCATION_REQUIRED': { status: 400, message: '用门口张贴的签到码签到，需要允许获取您的位置，请允许后再扫一次。' },
  'CHECKIN.TOO_FAR': { status: 403, message: '您离市场太远了，请到市场门口再扫码签到。' },
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
