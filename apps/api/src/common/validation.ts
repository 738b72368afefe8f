import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '@lingong/shared';
import { AppException } from './app-exception';

const CJK = /[\u4e00-\u9fff]/;

/** Plain-Chinese sentences for class-validator's constraints, when a DTO gives no message of its own. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  whitelistValidation: '不认识这一项，请去掉',
  isDefined: '必须填写',
  isNotEmpty: '不能为空',
  isString: '应填写文字',
  isInt: '应填写整数',
  isNumber: '应填写数字',
  isBoolean: '应为“是”或“否”',
  isArray: '应为一个列表',
  isObject: '格式不对',
  isIn: '不是可选的值',
  isEnum: '不是可选的值',
  min: '数值太小',
  max: '数值太大',
  minLength: '太短了',
  maxLength: '太长了',
  length: '长度不对',
  arrayMinSize: '至少要选一项',
  arrayMaxSize: '选得太多了',
  arrayUnique: '有重复的项',
  matches: '格式不对',
  isLatitude: '纬度不正确',
  isLongitude: '经度不正确',
  isDateString: '日期格式应为 2026-01-31 这样',
  isISO8601: '日期格式应为 2026-01-31 这样',
  nestedValidation: '格式不对',
  equals: '取值不对',
  isPositive: '应大于0',
  unknownValue: '格式不对',
};

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, text] of Object.entries(error.constraints ?? {})) {
      out.push({ field, message: CJK.test(text) ? text : (CONSTRAINT_MESSAGES[constraint] ?? '填写不正确') });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/**
 * Unknown fields are refused, types are checked, and the offending values are never echoed back
 * (a value may be an ID number).
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      // No body at all is an empty object (routes whose fields are all optional); a body that is not
      // a JSON object (a bare string, a number, an array, null) is malformed, whatever its fields.
      if (value === undefined || value === '') value = {};
      else if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new AppException('COMMON.MALFORMED_BODY');
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    stopAtFirstError: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      // A body that is not an object at all (a bare string, an array, null) is malformed, not invalid.
      if (fieldErrors.length === 0 || errors.some((e) => e.constraints?.unknownValue)) {
        return new AppException('COMMON.MALFORMED_BODY');
      }
      return new AppException('COMMON.VALIDATION_FAILED', { errors: fieldErrors });
    },
  });
}
