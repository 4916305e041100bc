// `npm run demo`: mutate's bundled example project, as a user would see it.
// Until `mutate run` lands (issue 3), the demo lists the example's mutants.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const example = path.join(root, 'examples', 'pricing');
const bin = path.join(root, 'node_modules', '.bin', 'mutate');

console.log(`$ cd examples/pricing && mutate list\n`);
const result = spawnSync(bin, ['list'], { cwd: example, stdio: 'inherit' });
console.log(`\nThe JSON form of this list: cd examples/pricing && ${path.relative(example, bin)} list --json`);
process.exitCode = result.status ?? 1;
