import { getOrCreate } from '../collections.js';
import type { Lab } from '../lab/lab.js';
import { runWithinLoad } from '../lab/load-scheduler.js';
import type { MutantPlan } from '../plan/plan.js';
import type { MutantResult } from '../report/mutation-report.js';
import type { DryRunResult } from '../runner.js';
import type { Mutant, SourceFile } from '../types.js';
import { enclosingFunctions } from './enclosing-function.js';
import { explainNoCoverage, explainSurvivor } from './explain.js';
import { readProbeRecords, type ProbeRecords } from './probe-records.js';
import { probeCode, probeShapeOf } from './probe-shape.js';

/**
 * The probes of every mutant that can have one, as mutants of their own (id `-mutant.id`), to be
 * instrumented beside the mutants: nothing runs them unless a mutant survives.
 */
export function probeMutants(files: readonly SourceFile[], mutants: readonly Mutant[]): Mutant[] {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const probes: Mutant[] = [];
  for (const mutant of mutants) {
    if (mutant.ignoreReason !== undefined) continue;
    const shape = probeShapeOf(mutant, texts.get(mutant.file)!, mutant.file);
    if (shape) probes.push({ ...mutant, id: -mutant.id, placement: { ...mutant.placement, code: probeCode(-mutant.id, shape) } });
  }
  return probes;
}

export interface ExplainPass {
  readonly results: readonly MutantResult[];
  readonly plans: readonly MutantPlan[];
  readonly files: readonly SourceFile[];
  readonly dryRun: DryRunResult;
  /** The mutants whose probe is in the served code (a probe that broke its file's compilation was left out). */
  readonly probed: ReadonlySet<number>;
  /** The lab, served with the probes, started on first need. */
  readonly lab: () => Promise<Lab>;
  readonly concurrency: number;
  readonly stopped: () => boolean;
}

/**
 * Explains the survivors not yet explained (a cached verdict keeps its explanation) and the mutants
 * no test reaches: each survivor's tests run once more with its probe on, recording what flowed
 * through the mutated expression, and `explain.ts` puts that in words. Statements and blocks need no
 * run: their coverage says what there is to say.
 */
export async function explainSurvivors(pass: ExplainPass): Promise<{ results: MutantResult[]; probesRun: number }> {
  const plans = new Map(pass.plans.map((plan) => [plan.mutant.id, plan]));
  const unexplained = new Set(pass.results.filter((result) => result.explanation === undefined && (result.status === 'Survived' || result.status === 'NoCoverage')));
  const toProbe = [...unexplained].filter((result) => result.status === 'Survived' && pass.probed.has(result.mutant.id) && plans.get(result.mutant.id)?.kind === 'run');
  let records: ProbeRecords = { observations: new Map(), sampled: new Set() };
  if (toProbe.length > 0 && !pass.stopped()) {
    const lab = await pass.lab();
    await runWithinLoad(toProbe, {
      capacity: pass.concurrency,
      slots: () => lab.slots,
      loadOf: (result) => runPlan(plans.get(result.mutant.id)!).load,
      stopped: pass.stopped,
      run: async (result) => {
        const { run } = runPlan(plans.get(result.mutant.id)!);
        // The probe behaves as the original: its tests pass as in the dry run, and its verdict says nothing.
        await lab.test({ ...run, mutantId: -result.mutant.id });
      },
    });
    records = readProbeRecords(lab.probesDir);
  }
  const probedSet = new Set(toProbe);
  const functions = new Map<string, (offset: number) => string | undefined>();
  const functionsOf = (path: string) => getOrCreate(functions, path, () => enclosingFunctions({ path, text: texts.get(path)! }));
  const texts = new Map(pass.files.map((file) => [file.path, file.text]));
  const explained = pass.results.map((result): MutantResult => {
    if (!unexplained.has(result)) return result;
    if (result.status === 'NoCoverage') return { ...result, explanation: explainNoCoverage(result.mutant, functionsOf(result.mutant.file)(result.mutant.range[0])) };
    const { mutant } = result;
    const shape = probeShapeOf(mutant, texts.get(mutant.file)!, mutant.file);
    const probed = probedSet.has(result);
    const timesRun = pass.dryRun.coverCounts[mutant.id];
    return {
      ...result,
      explanation: explainSurvivor({
        mutant,
        ...(shape ? { shape } : {}),
        ...(probed ? { observations: records.observations.get(mutant.id) ?? [], sampled: records.sampled.has(mutant.id) } : {}),
        tests: result.coveredBy?.length ?? 0,
        ...(timesRun === undefined ? {} : { timesRun }),
      }),
    };
  });
  return { results: explained, probesRun: toProbe.length };
}

function runPlan(plan: MutantPlan): Extract<MutantPlan, { kind: 'run' }> {
  if (plan.kind !== 'run') throw new Error(`mutant ${plan.mutant.id} has no tests to run`);
  return plan;
}
