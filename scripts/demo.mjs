// `npm run demo`: mutate on its bundled example project, as a user would run it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const example = path.join(root, 'examples', 'pricing');
const bin = path.join(root, 'node_modules', '.bin', 'mutate');

console.log('$ cd examples/pricing && mutate run\n');
const result = spawnSync(bin, ['run'], { cwd: example, stdio: 'inherit' });
console.log(`\nThe report (mutation-testing-report-schema JSON): ${path.relative(root, path.join(example, 'reports', 'mutation', 'mutation.json'))}`);
console.log('Every mutant without running tests: cd examples/pricing && ../../node_modules/.bin/mutate list');
process.exitCode = result.status ?? 1;
