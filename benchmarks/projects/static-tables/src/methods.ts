/**
 * HTTP request methods and their properties (RFC 9110 §9): safe, idempotent, and
 * what the method says about a request body.
 */

export type BodyPolicy = 'none' | 'optional' | 'expected';

export interface MethodTraits {
  readonly safe: boolean;
  readonly idempotent: boolean;
  readonly body: BodyPolicy;
}

export class HttpMethod {
  static readonly GET = new HttpMethod('GET', { safe: true, idempotent: true, body: 'none' });
  static readonly HEAD = new HttpMethod('HEAD', { safe: true, idempotent: true, body: 'none' });
  static readonly OPTIONS = new HttpMethod('OPTIONS', { safe: true, idempotent: true, body: 'optional' });
  static readonly TRACE = new HttpMethod('TRACE', { safe: true, idempotent: true, body: 'none' });
  static readonly PUT = new HttpMethod('PUT', { safe: false, idempotent: true, body: 'expected' });
  static readonly DELETE = new HttpMethod('DELETE', { safe: false, idempotent: true, body: 'optional' });
  static readonly POST = new HttpMethod('POST', { safe: false, idempotent: false, body: 'expected' });
  static readonly PATCH = new HttpMethod('PATCH', { safe: false, idempotent: false, body: 'expected' });
  static readonly CONNECT = new HttpMethod('CONNECT', { safe: false, idempotent: false, body: 'none' });

  /** Every standard method, in the order of RFC 9110's table. */
  static readonly ALL: readonly HttpMethod[] = [
    HttpMethod.GET,
    HttpMethod.HEAD,
    HttpMethod.POST,
    HttpMethod.PUT,
    HttpMethod.DELETE,
    HttpMethod.CONNECT,
    HttpMethod.OPTIONS,
    HttpMethod.TRACE,
    HttpMethod.PATCH,
  ];

  /** Methods a browser sends cross-origin without a preflight request. */
  static readonly SIMPLE: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);

  /** Methods the Fetch standard refuses outright. */
  static readonly FORBIDDEN: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

  private static readonly byName = new Map(HttpMethod.ALL.map((m) => [m.name, m]));

  private constructor(
    readonly name: string,
    readonly traits: MethodTraits,
  ) {}

  static parse(name: string): HttpMethod {
    const method = HttpMethod.byName.get(name.trim().toUpperCase());
    if (!method) {
      throw new TypeError(`Unknown HTTP method: ${JSON.stringify(name)}`);
    }
    return method;
  }

  get safe(): boolean {
    return this.traits.safe;
  }

  get idempotent(): boolean {
    return this.traits.idempotent;
  }

  /** Whether a request may be repeated automatically after a connection failure. */
  get retrySafe(): boolean {
    return this.traits.safe || this.traits.idempotent;
  }

  needsPreflight(hasCustomHeaders: boolean): boolean {
    return hasCustomHeaders || !HttpMethod.SIMPLE.has(this.name);
  }

  toString(): string {
    return this.name;
  }
}
