// The part of jest's programmatic API mutate uses, as jest 29 and 30 both have it (their own types
// are not a dependency: the project's jest is loaded at run time).

/** A normalized project config (jest-config's `ProjectConfig`), read-only but for what mutate replaces. */
export interface ProjectConfig {
  readonly id: string;
  readonly rootDir: string;
  readonly roots: readonly string[];
  readonly cacheDirectory: string;
  readonly testEnvironment: string;
  readonly testRunner: string;
  readonly testMatch: readonly string[];
  readonly testRegex: readonly (string | RegExp)[];
  readonly testPathIgnorePatterns: readonly string[];
  readonly moduleFileExtensions: readonly string[];
  readonly transform: readonly (readonly [pattern: string, path: string, options: unknown])[];
  readonly displayName?: { readonly name: string };
  readonly globalSetup?: string | null;
  readonly globalTeardown?: string | null;
  readonly [key: string]: unknown;
}

export interface GlobalConfig {
  readonly rootDir: string;
  readonly globalSetup?: string | null;
  readonly globalTeardown?: string | null;
  readonly [key: string]: unknown;
}

export interface JestConfigModule {
  readConfigs(argv: Record<string, unknown>, projectPaths: string[]): Promise<{ globalConfig: GlobalConfig; configs: ProjectConfig[] }>;
}

export interface HasteFS {
  getAllFiles(): string[];
}

export interface TestContext {
  readonly config: ProjectConfig;
  readonly hasteFS: HasteFS;
  readonly moduleMap: unknown;
  readonly resolver: unknown;
}

export interface JestRuntimeClass {
  createContext(config: ProjectConfig, options: { maxWorkers: number; watchman: boolean; watch?: boolean; console?: Console }): Promise<TestContext>;
}

export interface JestTest {
  readonly context: TestContext;
  readonly path: string;
  readonly duration?: number;
}

/** What jest reports of a test file that ran (`@jest/test-result`'s `TestResult`), as far as mutate reads it. */
export interface JestTestResult {
  readonly testExecError?: { readonly message: string; readonly stack?: string };
  readonly failureMessage?: string | null;
}

export interface JestWatcher {
  isInterrupted(): boolean;
}

export interface JestRunner {
  runTests(tests: JestTest[], watcher: JestWatcher, options: { serial: boolean }): Promise<void>;
  on(event: 'test-file-success', listener: (args: [JestTest, JestTestResult]) => void): () => void;
  on(event: 'test-file-failure', listener: (args: [JestTest, { message: string; stack?: string }]) => void): () => void;
}

export type JestRunnerClass = new (globalConfig: GlobalConfig, context: { changedFiles?: Set<string>; sourcesRelatedToTestsInChangedFiles?: Set<string> }) => JestRunner;

export interface SearchSource {
  isTestFilePath(path: string): boolean;
}

export interface JestCoreModule {
  SearchSource: new (context: TestContext) => SearchSource;
}

export interface ScriptTransformer {
  requireAndTranspileModule<T>(path: string): Promise<T>;
}

export interface JestTransformModule {
  createScriptTransformer(config: ProjectConfig, cacheFS?: Map<string, string>): Promise<ScriptTransformer>;
}

export interface JestResolveModule {
  resolveTestEnvironment(options: ProjectConfig & { requireResolveFunction: (module: string) => string; testEnvironment: string }): string;
}

export interface JestDocblockModule {
  extract(contents: string): string;
  parse(docblock: string): Record<string, string | string[]>;
}
