import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';

/** Where a problem is: file, line, field. */
export interface SeedProblem {
  file: string;
  line: number;
  field: string | null;
  message: string;
}

export interface Located<T> {
  value: T;
  file: string;
  line: number;
  /** Line of a field of this record (falls back to the record's first line). */
  lineOf(field: string): number;
}

export function formatProblem(p: SeedProblem): string {
  return `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

/** Lists the .yaml files of a folder under the seed root, sorted so reports are stable. */
export function listYaml(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => path.join(folder, f));
}

/**
 * Parses one YAML file holding a list of records and validates each record with the
 * schema. Valid records are returned with their location; every invalid field is
 * reported as a problem with its line.
 */
export function readRecords<S extends z.ZodTypeAny>(
  root: string,
  relFile: string,
  schema: S,
  problems: SeedProblem[],
  declaredIds?: Set<string>,
): Located<z.output<S>>[] {
  const text = readFileSync(path.join(root, relFile), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  for (const e of doc.errors) {
    problems.push({ file: relFile, line: lineAt(e.pos[0]), field: null, message: `YAML syntax: ${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return [];
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push({ file: relFile, line: 1, field: null, message: 'the file must be a YAML list of records (each starting with "- ")' });
    return [];
  }
  const out: Located<z.output<S>>[] = [];
  doc.contents.items.forEach((item, index) => {
    const node = item as Node;
    const line = lineAt(node.range?.[0]);
    const lineOf = (field: string) => {
      if (!isMap(node)) return line;
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === field);
      return lineAt((pair?.key as Node | undefined)?.range?.[0] ?? node.range?.[0]);
    };
    const raw = node.toJSON() as { id?: unknown } | null;
    // Ids of invalid records are still "declared", so one bad record is reported once,
    // not again at every reference to it.
    if (raw && typeof raw.id === 'string') declaredIds?.add(raw.id);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : null;
        const top = typeof issue.path[0] === 'string' ? issue.path[0] : null;
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.join(', ')}`
            : issue.code === 'invalid_type' && issue.received === 'undefined'
              ? 'required'
              : issue.message;
        problems.push({ file: relFile, line: top ? lineOf(top) : line, field, message: `record ${index + 1}: ${message}` });
      }
      return;
    }
    out.push({ value: parsed.data as z.output<S>, file: relFile, line, lineOf });
  });
  return out;
}
