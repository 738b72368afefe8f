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

  // The staff console's login: a one-time ticket approved in the mini-program, then a TOTP code
  'AUTH.SESSION_ENDED': { status: 401, message: '登录已结束（超时未操作、已退出或被管理员结束），请重新登录。' },
  'AUTH.SESSION_NOT_FOUND': { status: 404, message: '没有找到这个登录会话，可能已经结束了。' },
  'AUTH.TICKET_NOT_FOUND': { status: 404, message: '没有找到这个登录二维码，请在电脑上刷新后重新扫码。' },
  'AUTH.TICKET_EXPIRED': { status: 410, message: '登录二维码已过期，请在电脑上刷新后重新扫码。' },
  'AUTH.TICKET_NOT_APPROVED': { status: 409, message: '还没有在小程序里批准这次登录，请先用小程序扫码并点击“批准登录”。' },
  'AUTH.TICKET_USED': { status: 409, message: '这个登录二维码已经用过了，请在电脑上刷新后重新扫码。' },
  'AUTH.CONSOLE_TOKEN_NOT_ALLOWED': { status: 403, message: '请在小程序里批准登录，不能用电脑端的登录批准。' },
  'AUTH.TOTP_INVALID': { status: 400, message: '动态验证码不对，请看手机上验证器应用里的6位数字重新输入。' },
  'AUTH.LOCKED': { status: 423, message: '验证码输错的次数太多，电脑端登录已锁定30分钟，请稍后再试。' },
  'AUTH.TOTP_NOT_STARTED': { status: 409, message: '请先开始绑定验证器，再输入验证码。' },
  'AUTH.TOTP_ALREADY_ENROLLED': { status: 409, message: '已经绑定过验证器了。如需重新绑定，请联系市里管理员。' },
  'AUTH.TOTP_ENROLLMENT_REQUIRED': { status: 403, message: '请先绑定验证器（动态验证码），然后才能办理业务。' },

  // County staff and the city's admin: invitations, and access taken away
  'STAFF.INVITATION_INVALID': { status: 400, message: '邀请码不对，或者已经用过、已过期、已作废。请核对后重新输入，或请市里管理员重新生成。' },
  'STAFF.TOO_MANY_ATTEMPTS': { status: 429, message: '邀请码输错的次数太多了，请过1小时再试。' },
  'STAFF.ALREADY_STAFF': { status: 409, message: '您已经是工作人员了，不用再输入邀请码。如需换县（区）或换身份，请市里管理员先取消您现在的权限。' },
  'STAFF.NOT_FOUND': { status: 404, message: '没有找到这位工作人员，可能权限已经取消了。' },
  'STAFF.CANNOT_REMOVE_SELF': { status: 409, message: '不能取消自己的管理员权限，请另一位管理员办理。' },
  'STAFF.INVITATION_NOT_FOUND': { status: 404, message: '没有找到这个邀请码。' },
  'STAFF.INVITATION_CLOSED': { status: 409, message: '这个邀请码已经用过、已过期或已作废，不用再作废。' },

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

  // Accident injury insurance (issue 5)
  'INSURANCE.PRODUCT_NOT_FOUND': { status: 404, message: '没有找到这个保险产品。' },
  'INSURANCE.PRODUCT_INVALID': { status: 400, message: '保险产品信息有误，请按提示修改。' },
  'INSURANCE.PLAN_CODE_TAKEN': { status: 409, message: '这个方案代码已经有了，请换一个。' },
  'INSURANCE.PRODUCT_INACTIVE': { status: 400, message: '这个保险产品已停售，请选择其他产品。' },
  'INSURANCE.SUBSIDY_RULE_NOT_FOUND': { status: 404, message: '没有找到这条补贴规则。' },
  'INSURANCE.SUBSIDY_SHARES_INVALID': { status: 400, message: '个人、用工方、政府三方承担的比例加起来要正好是100%。' },
  'INSURANCE.DATES_INVALID': { status: 400, message: '保障日期不对：结束日期不能早于开始日期。' },
  'INSURANCE.DATE_IN_PAST': { status: 400, message: '保障最早从明天零点开始，不能投保今天或以前的日子。' },
  'INSURANCE.TOO_MANY_DAYS': { status: 400, message: '一次最多投保30天，请分几次投保。' },
  'INSURANCE.TOO_FAR_AHEAD': { status: 400, message: '只能投保30天以内开始的保障。' },
  'INSURANCE.AGE_NOT_COVERED': { status: 400, message: '您的年龄不在这个保险能保的范围内。' },
  'INSURANCE.OCCUPATION_NOT_COVERED': { status: 400, message: '您登记的工种不在这个保险能保的范围内，请选择其他产品。' },
  'INSURANCE.DAYS_ALREADY_COVERED': { status: 409, message: '所选日期里已经有保险了，不用重复投保。' },
  'INSURANCE.HIRE_NOT_FOUND': { status: 404, message: '没有找到这条用工记录，只能给自己雇用的零工投保。' },
  'INSURANCE.DAYS_NOT_HIRED': { status: 400, message: '只能为用工记录里的用工日期投保。' },
  'INSURANCE.ENROLLMENT_NOT_FOUND': { status: 404, message: '没有找到这份投保记录。' },
  'INSURANCE.CANCEL_NOT_ALLOWED': { status: 409, message: '保障已经开始或已结束，不能再退保。' },
  'INSURANCE.CERTIFICATE_NOT_READY': { status: 409, message: '保险公司还没有出单，暂时没有电子保单。' },
  'INSURANCE.INSURER_UNAVAILABLE': { status: 502, message: '暂时连不上保险公司，请稍后再试。' },
  'INSURANCE.CLAIM_OUTSIDE_COVER': { status: 400, message: '出事的时间不在保障期内，这份保险不能报案。' },
  'INSURANCE.CLAIM_NOT_FOUND': { status: 404, message: '没有找到这条报案记录。' },
  'INSURANCE.CLAIM_STATUS_INVALID': { status: 409, message: '报案当前的状态下不能这样处理。' },
  'INSURANCE.PHOTO_TOO_LARGE': { status: 413, message: '照片太大了，请压缩后再传。' },
  'INSURANCE.PHOTO_TOO_MANY': { status: 413, message: '一次上传的照片太多了，请分几次上传。' },
  'INSURANCE.PHOTO_TYPE_NOT_ALLOWED': { status: 415, message: '只能上传照片（JPG、PNG、WEBP）。' },
  'INSURANCE.PHOTO_MISSING': { status: 400, message: '请选择要上传的照片。' },
  'INSURANCE.PHOTO_LIMIT_REACHED': { status: 409, message: '这次报案的照片已经很多了，不能再上传。如还有材料，请交给保险公司理赔员。' },
  // Complaints and rights protection (投诉维权), and the working-day calendar behind their deadlines
  'COMPLAINT.NOT_FOUND': { status: 404, message: '没有找到这件投诉。' },
  'COMPLAINT.NAMED_COMPLAINANT_REQUIRED': { status: 400, message: '讨要工资需要实名：请先登记为零工（填写真实姓名），再提交欠薪投诉。' },
  'COMPLAINT.ANONYMOUS_NOT_ALLOWED': { status: 400, message: '这类投诉不能匿名，只有举报虚假招聘或乱收费、扣证件可以匿名。' },
  'COMPLAINT.WAGE_DETAILS_REQUIRED': { status: 400, message: '欠薪投诉请填写被欠的金额和干活的起止日期。' },
  'COMPLAINT.PERIOD_INVALID': { status: 400, message: '干活的起止日期不对：开始日期不能晚于结束日期，也不能是将来的日子。' },
  'COMPLAINT.RESPONDENT_REQUIRED': { status: 400, message: '请选择被投诉的用工方，或填写它的名称。' },
  'COMPLAINT.HIRE_NOT_FOUND': { status: 400, message: '没有找到您的这条用工记录，请重新选择，或不选用工记录直接填写。' },
  'COMPLAINT.POSTING_NOT_FOUND': { status: 400, message: '没有找到这条招工信息，请重新选择，或不选直接填写。' },
  'COMPLAINT.RESPONDENT_NOT_FOUND': { status: 400, message: '没有找到这个用工方，请重新选择，或直接填写它的名称和地址。' },
  'COMPLAINT.COUNTY_REQUIRED': { status: 400, message: '请选择干活的地方在哪个县（区）。' },
  'COMPLAINT.COUNTY_NOT_SERVED': { status: 400, message: '干活的地方不在本平台服务范围内，请拨打12333反映。' },
  'COMPLAINT.ACTION_NOT_ALLOWED': { status: 409, message: '这件投诉现在的状态下不能这样办理。' },
  'COMPLAINT.REASON_REQUIRED': { status: 400, message: '请写明理由。' },
  'COMPLAINT.REFERRED_TO_REQUIRED': { status: 400, message: '请写明转交给哪个部门。' },
  'COMPLAINT.ALREADY_EXTENDED': { status: 409, message: '办理期限只能延长一次，已经延长过了。' },
  'COMPLAINT.ASSIGNEE_INVALID': { status: 400, message: '只能分派给本县（区）的工作人员。' },
  'COMPLAINT.NO_EMPLOYER_ON_PLATFORM': { status: 409, message: '被投诉方没有在平台登记，不能在平台上暂停。' },
  'COMPLAINT.EVIDENCE_TOO_LARGE': { status: 413, message: '文件太大了，每个文件不能超过规定大小，请压缩后再传。' },
  'COMPLAINT.EVIDENCE_TOO_MANY': { status: 413, message: '一次上传的文件太多了，请分几次上传。' },
  'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED': { status: 415, message: '只能上传照片（JPG、PNG、WEBP）或 PDF 文件。' },
  'COMPLAINT.EVIDENCE_MISSING': { status: 400, message: '请选择要上传的文件。' },
  'COMPLAINT.EVIDENCE_LIMIT_REACHED': { status: 409, message: '这件投诉的材料已经很多了，不能再上传。如还有材料，请到市场服务窗口提交。' },
  'COMPLAINT.CLOSED': { status: 409, message: '这件投诉已经办结或撤回，不能再补充。' },
  'CALENDAR.EXCEPTION_EXISTS': { status: 409, message: '这一天已经设置过了，如需更改请先删除原来的设置。' },
  'CALENDAR.EXCEPTION_NOT_FOUND': { status: 404, message: '没有找到这条日历设置。' },
  // Check-in at the market gate (签到)
  'CHECKIN.TOKEN_INVALID': { status: 400, message: '这个签到码无效，请扫描市场门口屏幕上的签到码。' },
  'CHECKIN.TOKEN_EXPIRED': { status: 400, message: '签到码已过期，请重新扫描屏幕上最新的签到码。' },
  'CHECKIN.MARKET_CLOSED': { status: 409, message: '市场现在不在开放时间，暂时不能签到。' },
  'CHECKIN.LOCATION_REQUIRED': { status: 400, message: '用门口张贴的签到码签到，需要允许获取您的位置，请允许后再扫一次。' },
  'CHECKIN.TOO_FAR': { status: 403, message: '您离市场太远了，请到市场门口再扫码签到。' },
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
  'HIRE.AGREEMENT_NOT_CONFIRMED': { status: 409, message: '双方都确认用工协议以后，才能标记完工。' },
  'HIRE.ALREADY_COMPLETED': { status: 409, message: '这个活已经标记过完工了。' },
  'HIRE.NOT_FINISHED': { status: 409, message: '活干完了才能评价：用工方标记完工以后，或零工登记了工钱以后。' },
  'NOTIFICATION.TEMPLATE_UNKNOWN': { status: 400, message: '订阅的消息类型不正确。' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** `ErrorCodes.WORKER_ID_NUMBER_TAKEN === 'WORKER.ID_NUMBER_TAKEN'`, for code that branches on a code. */
export const ErrorCodes = Object.fromEntries(Object.keys(ERRORS).map((code) => [code.replace('.', '_'), code])) as {
  [K in ErrorCode as K extends `${infer D}.${infer R}` ? `${D}_${R}` : never]: K;
};

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
