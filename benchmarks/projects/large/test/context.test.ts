import { describe, expect, it } from 'vitest';
import { Context } from '../src/context';

describe('Context', () => {
  it('starts at the root with no issues', () => {
    const ctx = Context.root();
    expect(ctx.path).toEqual([]);
    expect(ctx.issues).toEqual([]);
    expect(ctx.options).toEqual({});
  });

  it('reports issues with the resolved message and a copy of the params', () => {
    const ctx = Context.root();
    const params = { minimum: 2 };
    ctx.report('too_small', 'too_small.string', params);
    params.minimum = 99;
    expect(ctx.issues).toEqual([{ code: 'too_small', path: [], message: 'Must contain at least 2 characters', params: { minimum: 2 } }]);
  });

  it('uses an explicit message over the template', () => {
    const ctx = Context.root();
    ctx.report('custom', 'custom', {}, 'Nope');
    expect(ctx.issues[0]!.message).toBe('Nope');
  });

  it('uses message overrides from the options', () => {
    const ctx = Context.root({ messages: { invalid_type: 'Wrong type: {received}' } });
    ctx.report('invalid_type', 'invalid_type', { expected: 'string', received: 'number' });
    expect(ctx.issues[0]!.message).toBe('Wrong type: number');
  });

  it('extends the path in children, sharing the issue list', () => {
    const root = Context.root();
    const child = root.child('user').child(0);
    expect(child.path).toEqual(['user', 0]);
    expect(root.path).toEqual([]);
    child.report('custom', 'custom');
    expect(root.issues).toHaveLength(1);
    expect(root.issues[0]!.path).toEqual(['user', 0]);
  });

  it('collects a fork apart, until adopted', () => {
    const root = Context.root().child('a');
    const fork = root.fork();
    fork.report('custom', 'custom');
    expect(fork.path).toEqual(['a']);
    expect(root.issues).toHaveLength(0);
    root.adopt(fork.issues);
    expect(root.issues).toHaveLength(1);
  });

  it('is aborted after the first issue only with abortEarly', () => {
    const lazy = Context.root();
    const eager = Context.root({ abortEarly: true });
    expect(eager.aborted).toBe(false);
    lazy.report('custom', 'custom');
    eager.report('custom', 'custom');
    expect(lazy.aborted).toBe(false);
    expect(eager.aborted).toBe(true);
  });

  it('stops collecting at maxIssues', () => {
    const ctx = Context.root({ maxIssues: 2 });
    expect(ctx.full).toBe(false);
    ctx.report('custom', 'custom', {}, 'one');
    ctx.report('custom', 'custom', {}, 'two');
    expect(ctx.full).toBe(true);
    ctx.report('custom', 'custom', {}, 'three');
    expect(ctx.issues.map((i) => i.message)).toEqual(['one', 'two']);
  });

  it('stops adopting at maxIssues', () => {
    const ctx = Context.root({ maxIssues: 1 });
    const fork = ctx.fork();
    fork.report('custom', 'custom', {}, 'one');
    fork.report('custom', 'custom', {}, 'two');
    expect(fork.issues).toHaveLength(1);
    ctx.adopt([...fork.issues, { code: 'custom', path: [], message: 'extra', params: {} }]);
    expect(ctx.issues.map((i) => i.message)).toEqual(['one']);
  });
});
