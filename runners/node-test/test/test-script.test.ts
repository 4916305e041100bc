import { describe, expect, it } from 'vitest';
import { commandsOf, nodeTestCommandOf } from '../src/test-script.js';

describe('the node:test command of a test script', () => {
  it('takes the targets after --test, quotes removed', () => {
    expect(nodeTestCommandOf("node --test 'test/**/*.test.js' test/other.mjs")).toEqual({ execArgv: [], targets: ['test/**/*.test.js', 'test/other.mjs'] });
  });

  it('keeps the Node options each file needs, with their values, and leaves out the test runner’s own', () => {
    expect(nodeTestCommandOf('node --import tsx --experimental-test-module-mocks --test --test-reporter spec --test-concurrency=1 --experimental-test-coverage src/')).toEqual({
      execArgv: ['--import', 'tsx', '--experimental-test-module-mocks'],
      targets: ['src/'],
    });
  });

  it('finds node behind environment assignments and wrappers, in any command of the script', () => {
    expect(nodeTestCommandOf('tsc -p . && NODE_ENV=test c8 node --enable-source-maps --test dist/test/')).toEqual({ execArgv: ['--enable-source-maps'], targets: ['dist/test/'] });
  });

  it('runs tsx --test with tsx imported', () => {
    expect(nodeTestCommandOf('tsx --test')).toEqual({ execArgv: ['--import', 'tsx'], targets: [] });
  });

  it('is none for a script that runs node without --test, or runs a script before it', () => {
    expect(nodeTestCommandOf('node scripts/test.js --test')).toBeUndefined();
    expect(nodeTestCommandOf('vitest run')).toBeUndefined();
    expect(nodeTestCommandOf(undefined)).toBeUndefined();
  });

  it('takes a node:test file run as a script (no --test) as the one test file, with its Node options', () => {
    const isTestFile = (file: string) => file === 'test.js';
    expect(nodeTestCommandOf('node --conditions development test.js', isTestFile)).toEqual({ execArgv: ['--conditions', 'development'], targets: ['test.js'] });
    expect(nodeTestCommandOf('node scripts/build.js', isTestFile)).toBeUndefined();
  });

  it('splits a script into commands of words', () => {
    expect(commandsOf(`a "b c" --x="y z" | d; e && f || g & h`)).toEqual([['a', 'b c', '--x=y z'], ['d'], ['e'], ['f'], ['g'], ['h']]);
  });
});
