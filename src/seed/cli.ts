import { formatProblem } from './read.js';
import { SEED_ROOT } from './seedFromFiles.js';
import { validateSeed } from './validate.js';

async function main(argv: string[]): Promise<number> {
  const result = validateSeed(SEED_ROOT);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`seed: ${result.problems.length} problem(s) in ${result.files.length} file(s); nothing was written.`);
    return 1;
  }
  const b = result.bundle;
  console.log(
    `seed: ${result.files.length} files valid: ${b.sources.length} sources, ${b.entities.length} entities, ` +
      `${b.relationships.length} relationships, ${b.assignments.length} assignments, ${b.expansions.length} expansion records, ${b.fmaps.length} FMAP rates`,
  );
  if (argv.includes('--check')) return 0;
  const { runSeedCommand } = await import('./command.js');
  return runSeedCommand(b, { report: argv.includes('--report') });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
