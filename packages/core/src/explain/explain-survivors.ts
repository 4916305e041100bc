import { getOrCreate, sumOf } from '../collections.js';
import type { Lab } from '../lab/lab.js';
import { runWithinLoad } from '../lab/load-scheduler.js';
import { DEFAULT_PLAN_OPTIONS, type MutantPlan } from '../plan/plan.js';
import type { MutantResult } from '../report/mutation-report.js';
import type { DryRunResult, MutantRun } from '../runner.js';
import type { Mutant, SourceFile } from '../types.js';
import { enclosingFunctions } from './enclosing-function.js';
import { probeLayers } from './probe-layers.js';
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
 * no test reaches: each survivor's tests run once more with its probe on (in runs shared by
 * survivors of the same test files and probe layer, `probeRuns`), recording what flowed
 * through the mutated expression, and `explain.ts` puts that in words. Statements and blocks need no
 * run: their coverage says what there is to say.
 */
export async function explainSurvivors(pass: ExplainPass): Promise<{ results: MutantResult[]; probesRun: number; runs: number }> {
  const plans = new Map(pass.plans.map((plan) => [plan.mutant.id, plan]));
  const unexplained = new Set(pass.results.filter((result) => result.explanation === undefined && (result.status === 'Survived' || result.status === 'NoCoverage')));
  const toProbe = [...unexplained].filter((result) => result.status === 'Survived' && pass.probed.has(result.mutant.id) && plans.get(result.mutant.id)?.kind === 'run');
  let records: ProbeRecords = { observations: new Map(), sampled: new Set() };
  let runCount = 0;
  if (toProbe.length > 0 && !pass.stopped()) {
    const lab = await pass.lab();
    const durations = new Map(pass.dryRun.tests.map((test) => [test.id, test.durationMs]));
    const layers = probeLayersOf(pass.plans.filter((plan) => pass.probed.has(plan.mutant.id)).map((plan) => plan.mutant));
    const runs = probeRuns(
      toProbe.map((result) => ({ mutant: result.mutant, plan: runPlan(plans.get(result.mutant.id)!) })),
      (id) => layers.get(-id)!,
      (id) => durations.get(id) ?? 0,
    );
    runCount = runs.length;
    await runWithinLoad(runs, {
      capacity: pass.concurrency,
      slots: () => lab.slots,
      loadOf: (probeRun) => probeRun.load,
      stopped: pass.stopped,
      // The probes behave as the original: the tests pass as in the dry run, and the verdict says nothing.
      run: async (probeRun) => void (await lab.test(probeRun.run)),
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
  return { results: explained, probesRun: toProbe.length, runs: runCount };
}

/** One rerun of the explain pass: the probes of `probes` on together, their tests' union run once. */
export interface ProbeRun {
  readonly probes: readonly number[];
  readonly run: MutantRun;
  readonly load: number;
}

/** A survivor to explain, and the plan its tests ran by. */
export interface ProbedSurvivor {
  readonly mutant: Mutant;
  readonly plan: Extract<MutantPlan, { kind: 'run' }>;
}

/**
 * The survivors' probe runs: survivors whose tests are in the same test files, and whose probes are of
 * one layer (`probe-layers.ts`: none hides another), share one run with their layer on; each probe is
 * reached only by its own covering tests, as in a run of its own. A run's timeout is the longest of
 * its survivors' plus the tests it adds; no hit limit, as a probe loops no more than the original
 * did in the dry run. `layerOf`: the layer's `active` of a survivor's probe (by the survivor's id).
 */
export function probeRuns(
  survivors: readonly ProbedSurvivor[],
  layerOf: (mutantId: number) => number,
  durationOf: (testId: string) => number,
): ProbeRun[] {
  const groups = new Map<string, ProbedSurvivor[]>();
  for (const survivor of survivors) {
    const testFiles = [...new Set(survivor.plan.run.tests.map((test) => `${test.project ?? ''}\0${test.file}`))].sort();
    getOrCreate(groups, `${layerOf(survivor.mutant.id)}\n${testFiles.join('\n')}`, () => []).push(survivor);
  }
  return [...groups.values()].map((members): ProbeRun => {
    if (members.length === 1) {
      const [{ mutant, plan }] = members as [ProbedSurvivor];
      return { probes: [mutant.id], run: { ...plan.run, mutantId: -mutant.id }, load: plan.load };
    }
    const tests = new Map(members.flatMap(({ plan }) => plan.run.tests.map((test) => [test.id, test] as const)));
    const ownTests = Math.max(...members.map(({ plan }) => sumOf(plan.run.tests, (test) => durationOf(test.id))));
    const allTests = sumOf([...tests.keys()], durationOf);
    return {
      probes: members.map(({ mutant }) => mutant.id),
      run: {
        mutantId: layerOf(members[0]!.mutant.id),
        tests: [...tests.values()],
        timeoutMs: Math.round(Math.max(...members.map(({ plan }) => plan.run.timeoutMs)) + TIMEOUT_FACTOR * (allTests - ownTests)),
        hitLimit: Number.POSITIVE_INFINITY,
      },
      load: Math.max(...members.map(({ plan }) => plan.load)),
    };
  });
}

/** As the plan's timeout factor: the time the tests a shared run adds may take, over their dry run's. */
const TIMEOUT_FACTOR = DEFAULT_PLAN_OPTIONS.timeoutFactor;

/** The probe layers of the probes of `mutants`, file by file, by probe id. */
function probeLayersOf(mutants: readonly Mutant[]): Map<number, number> {
  const byFile = new Map<string, { id: number; placement: Mutant['placement'] }[]>();
  for (const mutant of mutants) getOrCreate(byFile, mutant.file, () => []).push({ id: -mutant.id, placement: mutant.placement });
  return new Map([...byFile.values()].flatMap((probes) => [...probeLayers(probes)]));
}

function runPlan(plan: MutantPlan): Extract<MutantPlan, { kind: 'run' }> {
  if (plan.kind !== 'run') throw new Error(`mutant ${plan.mutant.id} has no tests to run`);
  return plan;
}
