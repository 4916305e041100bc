import { readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, tempProject, type TempProject } from './temp-project.js';

/** For `describe.each`: jest 30 and jest 29 of `test/runner-versions/`, by name and `node_modules`. */
export const JEST_30_AND_29: readonly (readonly [name: string, nodeModules: string])[] = [
  ['jest 30', path.join(REPO_ROOT, 'test/runner-versions/jest-30/node_modules')],
  ['jest 29', path.join(REPO_ROOT, 'test/runner-versions/jest-29/node_modules')],
];

/** babel-jest's config for TypeScript sources and tests compiled to CommonJS (as examples/shop has it). */
export const BABEL_CONFIG = `module.exports = {
  presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
};
`;

/**
 * A temp project that runs jest: the `node_modules` of one of `test/runner-versions/` linked in, as if
 * the project had installed it; no results cache, so that every mutant runs.
 */
export async function tempJestProject(files: Record<string, string>, nodeModules: string): Promise<TempProject> {
  const project = await tempProject({
    'package.json': '{ "name": "temp-jest-project", "private": true, "scripts": { "test": "jest" }, "mutate": { "cache": false } }\n',
    ...files,
  });
  await symlink(nodeModules, path.join(project.dir, 'node_modules'), 'dir');
  return project;
}

/** Every file of an example project (but node_modules and reports), by path relative to it. */
export async function exampleFiles(name: string): Promise<Record<string, string>> {
  const root = path.join(REPO_ROOT, 'examples', name);
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'reports') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files[path.relative(root, full)] = await readFile(full, 'utf8');
    }
  };
  await walk(root);
  return files;
}
