import type { INestApplication } from '@nestjs/common';
import request, { type Response, type Test } from 'supertest';

/** A response whose body has the contract's type (`@lingong/shared`). */
export type TypedResponse<T> = Omit<Response, 'body'> & { body: T };

/**
 * A supertest request whose awaited response body is typed by the contract `T`. Everything else is
 * supertest's (`.expect(201)`, `.query()`, `.attach()`, `.set()` keep the type: they return `this`).
 */
export interface TypedTest<T> extends Test {
  then<R1 = TypedResponse<T>, R2 = never>(
    onfulfilled?: ((value: TypedResponse<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>;
}

/** Whoever a request is made as: what `login()` and the factories return. */
export interface Caller {
  auth: { Authorization: string };
}

type Query = Record<string, string | number | boolean | undefined>;

/**
 * The one test client: supertest against the booted app, `api.get(...)` anonymously or
 * `api.as(user).post<Posting>('/api/postings', input)` with the user's token. Bodies are typed by
 * the caller (`<T>`, a contract of `@lingong/shared`); untyped calls answer `any`, as supertest does.
 */
export class ApiClient {
  constructor(
    private readonly agent: () => ReturnType<typeof request>,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The same client sending `user`'s token (or no token for `null`). */
  as(user: Caller | null): ApiClient {
    return new ApiClient(this.agent, user ? { ...user.auth } : {});
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get<T = any>(path: string, query?: Query): TypedTest<T> {
    const test = this.agent().get(path).set(this.headers);
    return (query ? test.query(query) : test) as TypedTest<T>;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  post<T = any>(path: string, body?: object): TypedTest<T> {
    return this.withBody(this.agent().post(path), body);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  put<T = any>(path: string, body?: object): TypedTest<T> {
    return this.withBody(this.agent().put(path), body);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  patch<T = any>(path: string, body?: object): TypedTest<T> {
    return this.withBody(this.agent().patch(path), body);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  delete<T = any>(path: string, body?: object): TypedTest<T> {
    return this.withBody(this.agent().delete(path), body);
  }

  private withBody<T>(test: Test, body: object | undefined): TypedTest<T> {
    const withHeaders = test.set(this.headers);
    return (body === undefined ? withHeaders : withHeaders.send(body)) as TypedTest<T>;
  }
}

/** A client for an app a suite booted itself (the embedded SQLite suites). */
export function apiClientFor(app: INestApplication): ApiClient {
  return new ApiClient(() => request(app.getHttpServer()));
}

/** Supertest collects binary bodies (files, PDFs, images) only when told how: `.buffer(true).parse(binary)`. */
export function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
