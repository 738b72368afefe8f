import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsLatitude, IsString, Min, ValidateNested, ValidationError } from 'class-validator';
import { AppException } from './app-exception';
import { createValidationPipe, flattenValidationErrors } from './validation';

function validationError(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe(flattenValidationErrors.name, () => {
  it('keeps a Chinese message the DTO gives', () => {
    expect(flattenValidationErrors([validationError('phone', { matches: '请填写11位手机号' })])).toEqual([{ field: 'phone', message: '请填写11位手机号' }]);
  });

  it.each([
    ['isString', 'realName must be a string', '应填写文字'],
    ['isInt', 'headcount must be an integer number', '应填写整数'],
    ['whitelistValidation', 'property isAdmin should not exist', '不认识这一项，请去掉'],
    ['isLatitude', 'lat must be a latitude string or number', '纬度不正确'],
    ['max', 'limit must not be greater than 200', '数值太大'],
    ['somethingNew', 'value is not acceptable', '填写不正确'],
  ])("turns class-validator's English for %s into a plain Chinese sentence", (constraint, english, chinese) => {
    expect(flattenValidationErrors([validationError('x', { [constraint]: english })])).toEqual([{ field: 'x', message: chinese }]);
  });

  it('names nested fields with a dotted path, at any depth', () => {
    const errors = [
      validationError('location', undefined, [
        validationError('lat', { isLatitude: 'lat must be a latitude string or number' }),
        validationError('lng', { isNumber: '经度应为数字' }),
      ]),
      validationError('shifts', undefined, [
        validationError('0', undefined, [validationError('start', { isDateString: 'start must be a valid ISO 8601 date string' })]),
      ]),
      validationError('realName', { isString: 'realName must be a string' }),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'location.lat', message: '纬度不正确' },
      { field: 'location.lng', message: '经度应为数字' },
      { field: 'shifts.0.start', message: '日期格式应为 2026-01-31 这样' },
      { field: 'realName', message: '应填写文字' },
    ]);
  });

  it("gives one entry per failed constraint, and the parent's own before its children's", () => {
    const errors = [
      validationError('location', { nestedValidation: 'nested property location must be either object or array' }, [
        validationError('lat', { isLatitude: 'x' }),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'location', message: '格式不对' },
      { field: 'location.lat', message: '纬度不正确' },
    ]);
    expect(flattenValidationErrors([validationError('name', { minLength: 'too short', maxLength: '太长了!' })])).toEqual([
      { field: 'name', message: '太短了' },
      { field: 'name', message: '太长了!' },
    ]);
  });

  it('gives nothing for no errors', () => {
    expect(flattenValidationErrors([])).toEqual([]);
    expect(flattenValidationErrors([validationError('x')])).toEqual([]);
  });
});

class PointDto {
  @IsLatitude({ message: '纬度不正确' })
  lat: number;
}

class SampleDto {
  @IsString()
  name: string;

  @IsInt()
  @Min(1)
  headcount: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => PointDto)
  point: PointDto;
}

describe(createValidationPipe.name, () => {
  const sut = createValidationPipe();
  const body: ArgumentMetadata = { type: 'body', metatype: SampleDto };

  const refusal = async (value: unknown, metadata = body): Promise<AppException> => {
    try {
      await sut.transform(value, metadata);
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      return error as AppException;
    }
    throw new Error('the pipe accepted a value it should refuse');
  };

  it('passes a valid body through as the DTO', async () => {
    const value = await sut.transform({ name: '瓦工', headcount: 2, point: { lat: 35.25 } }, body);
    expect(value).toBeInstanceOf(SampleDto);
    expect(value).toEqual({ name: '瓦工', headcount: 2, point: { lat: 35.25 } });
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [{ name: 'x', headcount: 1, point: { lat: 1 } }]],
    ['null', null],
  ])('refuses %s as the body as malformed', async (_, value) => {
    expect((await refusal(value)).code).toBe('COMMON.MALFORMED_BODY');
  });

  it('reports wrong types and unknown fields per field, in Chinese, without echoing the values', async () => {
    const error = await refusal({ name: 12, headcount: 0, point: { lat: 123 }, secret: '371702197506150017' });
    expect(error.code).toBe('COMMON.VALIDATION_FAILED');
    expect(error.errors).toEqual([
      { field: 'secret', message: '不认识这一项，请去掉' },
      { field: 'name', message: '应填写文字' },
      { field: 'headcount', message: '数值太小' },
      { field: 'point.lat', message: '纬度不正确' },
    ]);
    expect(JSON.stringify(error.errors)).not.toContain('371702197506150017');
  });

  it('treats a missing body as an empty object, so the required fields are reported', async () => {
    const error = await refusal(undefined);
    expect(error.code).toBe('COMMON.VALIDATION_FAILED');
    expect(error.errors?.map((e) => e.field)).toEqual(['name', 'headcount', 'point']);
  });
});
