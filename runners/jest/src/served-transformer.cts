// The transformer mutate puts in front of each of the project's jest transformers (babel-jest,
// ts-jest, @swc/jest...): for a file mutate serves it hands the instrumented code to the project's
// transformer instead of the text on disk; every other file goes through untouched. jest caches
// transformed files by a key the transformer gives: a served file's key includes its instrumented
// code, so the project's cache never answers for it with the original. The last entry of each
// project's `transform` is this transformer with no delegate, for served files no entry of the
// project matches (plain JavaScript left untransformed).
import crypto = require('node:crypto');
import url = require('node:url');
import threadStateModule = require('./thread-state.cjs');

interface TransformOptions {
  readonly configString: string;
  readonly instrument?: boolean;
  readonly transformerConfig?: unknown;
}

interface Transformer {
  canInstrument?: boolean;
  getCacheKey?(source: string, path: string, options: TransformOptions): string;
  getCacheKeyAsync?(source: string, path: string, options: TransformOptions): Promise<string>;
  process?(source: string, path: string, options: TransformOptions): unknown;
  processAsync?(source: string, path: string, options: TransformOptions): Promise<unknown>;
}

interface ServedTransformerConfig {
  /** The project's transformer (its path, as jest resolved it) and its options. */
  readonly delegate?: string;
  readonly options?: unknown;
}

const TYPESCRIPT = /\.(c|m)?tsx?$/;

/** The served code of `path`, as the project's transformer should see it; undefined for a file not served. */
function servedSource(path: string): string | undefined {
  const code = threadStateModule.threadState().served.get(path);
  if (code === undefined) return undefined;
  // A type checking transformer (ts-jest) would reject the switchboard's untyped global; the
  // comment goes after a hashbang line, which must stay first.
  if (!TYPESCRIPT.test(path)) return code;
  const hashbang = code.startsWith('#!') ? code.indexOf('\n') + 1 : 0;
  return `${code.slice(0, hashbang)}// @ts-nocheck\n${code.slice(hashbang)}`;
}

function keyOf(...parts: readonly (string | undefined)[]): string {
  const hash = crypto.createHash('sha1');
  for (const part of parts) hash.update(part ?? '').update('\0');
  return hash.digest('hex');
}

/** Loads the project's transformer as jest does: CommonJS or ES module, a factory or the transformer itself. */
async function loadDelegate(path: string, options: unknown): Promise<Transformer> {
  type Loaded = Transformer & { createTransformer?: (options: unknown) => Transformer | Promise<Transformer> };
  let transformer: Loaded;
  try {
    const required = require(path) as { __esModule?: boolean; default?: Loaded } & Loaded;
    transformer = required?.__esModule ? required.default! : required;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw error;
    transformer = ((await import(url.pathToFileURL(path).href)) as { default: Loaded }).default;
  }
  if (typeof transformer?.createTransformer === 'function') transformer = await transformer.createTransformer(options);
  return transformer;
}

async function createTransformer(config: ServedTransformerConfig = {}): Promise<Transformer> {
  const delegate = config.delegate ? await loadDelegate(config.delegate, config.options) : undefined;
  // The project's transformer sees its own options, as if mutate were not in between.
  const forDelegate = (options: TransformOptions): TransformOptions => ({ ...options, transformerConfig: config.options });
  // jest's own key for a transformer that gives none.
  const defaultKey = (source: string, path: string, options: TransformOptions) => keyOf(source, options.configString, options.instrument ? 'instrument' : '', path);
  const transformer: Transformer = { canInstrument: delegate?.canInstrument ?? false };
  if (!delegate) {
    transformer.getCacheKey = (source, path, options) => defaultKey(servedSource(path) ?? source, path, options);
    transformer.process = (source, path) => ({ code: servedSource(path) ?? source });
    return transformer;
  }
  const getCacheKey = delegate.getCacheKey;
  transformer.getCacheKey = (source, path, options) => {
    const served = servedSource(path);
    const key = getCacheKey ? getCacheKey.call(delegate, served ?? source, path, forDelegate(options)) : defaultKey(served ?? source, path, options);
    return served === undefined ? key : keyOf('mutate-served', key, served);
  };
  const getCacheKeyAsync = (delegate.getCacheKeyAsync ?? getCacheKey) as Transformer['getCacheKeyAsync'];
  transformer.getCacheKeyAsync = async (source, path, options) => {
    const served = servedSource(path);
    const key = getCacheKeyAsync ? await getCacheKeyAsync.call(delegate, served ?? source, path, forDelegate(options)) : defaultKey(served ?? source, path, options);
    return served === undefined ? key : keyOf('mutate-served', key, served);
  };
  // Only what the project's transformer has: jest requires a synchronous one for CommonJS.
  const { process, processAsync } = delegate;
  if (process) transformer.process = (source, path, options) => process.call(delegate, servedSource(path) ?? source, path, forDelegate(options));
  if (processAsync) transformer.processAsync = (source, path, options) => processAsync.call(delegate, servedSource(path) ?? source, path, forDelegate(options));
  return transformer;
}

export = { createTransformer };
