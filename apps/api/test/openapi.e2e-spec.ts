import { bootTestApp, TestApp } from './support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}
interface ResponseObject {
  description?: string;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema & { required?: string[] }> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const ERROR_SCHEMA = '#/components/schemas/ErrorResponseDto';

/**
 * What a 2xx answer is documented as: a JSON schema, a file, an HTML page, or explicitly nothing (204).
 * Undefined when the document leaves the answer out.
 */
function documentedAs(status: string, response: ResponseObject): 'json' | 'file' | 'html' | 'no-content' | undefined {
  if (status === '204') return response.content ? undefined : 'no-content';
  const content = response.content ?? {};
  const json = content['application/json']?.schema;
  if (json && (json.$ref || json.type || json.allOf)) return 'json';
  if (content['text/html']?.schema?.type === 'string') return 'html';
  if (Object.values(content).some((media) => media.schema?.type === 'string' && media.schema.format === 'binary')) return 'file';
  return undefined;
}

describe('OpenAPI document (e2e)', () => {
  let t: TestApp;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    t = await bootTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(async () => {
    await t.close();
  });

  const operations = (): { name: string; op: Operation }[] =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );

  it('documents the answer of every operation: JSON with a schema, a file, an HTML page or no content', () => {
    const undocumented = operations()
      .filter(({ op }) => !Object.entries(op.responses).some(([status, response]) => /^2\d\d$/.test(status) && documentedAs(status, response)))
      .map(({ name }) => name);
    expect(operations().length).toBeGreaterThan(80);
    expect(undocumented).toEqual([]);
  });

  it('describes every 2xx answer it documents, not only some of them', () => {
    const bare = operations().flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([status, response]) => /^2\d\d$/.test(status) && !documentedAs(status, response))
        .map(([status]) => `${name} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('gives every operation the one error shape as its default response', () => {
    const schema = doc.components.schemas.ErrorResponseDto;
    expect(schema).toBeDefined();
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(['code', 'errors', 'message', 'requestId']);
    expect(schema.required?.sort()).toEqual(['code', 'message', 'requestId']);
    const without = operations()
      .filter(({ op }) => op.responses.default?.content?.['application/json']?.schema?.$ref !== ERROR_SCHEMA)
      .map(({ name }) => name);
    expect(without).toEqual([]);
  });

  it('resolves every schema it refers to, and no schema is empty', () => {
    const refs = new Set<string>();
    JSON.stringify(doc, (key, value) => {
      if (key === '$ref' && typeof value === 'string') refs.add(value);
      return value;
    });
    const missing = [...refs].filter((ref) => !doc.components.schemas[ref.replace('#/components/schemas/', '')]);
    expect(missing).toEqual([]);
    const empty = Object.entries(doc.components.schemas)
      .filter(([, schema]) => schema.type === 'object' && !schema.properties && !schema.allOf)
      .map(([name]) => name);
    expect(empty).toEqual([]);
  });

  it('names the shared contracts in the answers: a posting, a hire, the login', () => {
    const ok = (path: string, method: string, status = '200') => doc.paths[path][method].responses[status].content?.['application/json']?.schema?.$ref;
    expect(ok('/api/postings/{id}', 'get')).toBe('#/components/schemas/PostingResponseDto');
    expect(ok('/api/hires/{id}', 'get')).toBe('#/components/schemas/HireResponseDto');
    expect(ok('/api/auth/wechat-login', 'post')).toBe('#/components/schemas/LoginResponseDto');
    expect(Object.keys(doc.components.schemas.PostingResponseDto.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'status', 'employerName', 'validUntil']),
    );
    // The ID number never appears unmasked in any answer.
    expect(Object.keys(doc.components.schemas.WorkerProfileResponseDto.properties ?? {})).toEqual(expect.arrayContaining(['idNumberMasked']));
    expect(Object.keys(doc.components.schemas.WorkerProfileResponseDto.properties ?? {})).not.toContain('idNumber');
  });
});
