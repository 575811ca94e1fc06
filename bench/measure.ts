import { readFileSync } from 'node:fs';

/** The middle value (the upper one of an even count): what the benches' latency and import figures report. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux): a busy machine does not distort it as it does the wall clock. */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
