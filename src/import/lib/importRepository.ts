import { cypher, type QueryRunner } from '../../db/database.js';

/**
 * The bookkeeping of imports: one (:ImportRun) per kind and file holds the checkpoint
 * (last committed line and byte, counts so far), written in the same transaction as the
 * batch it follows; one (:Source) per file is the source every imported fact names.
 */

export interface ImportRunRow {
  id: string;
  kind: string;
  fileName: string;
  sha: string;
  size: number;
  status: 'running' | 'done';
  line: number;
  bytes: number;
  read: number;
  written: number;
  rejected: number;
  rejectsBytes: number;
}

const RUN_FIELDS = `r.id AS id, r.kind AS kind, r.fileName AS fileName, r.sha AS sha, r.size AS size, r.status AS status,
  r.line AS line, r.bytes AS bytes, r.read AS read, r.written AS written, r.rejected AS rejected, r.rejectsBytes AS rejectsBytes`;

export const FIND_RUN = cypher('import.findRun', `MATCH (r:ImportRun {id: $id}) RETURN ${RUN_FIELDS}`);

export async function findRun(db: QueryRunner, id: string): Promise<ImportRunRow | null> {
  return (await db.read<ImportRunRow>(FIND_RUN, { id }))[0] ?? null;
}

export const FIND_NEWER_RUN = cypher(
  'import.findNewerRun',
  `MATCH (r:ImportRun {kind: $kind}) WHERE r.status = 'done' AND r.releaseDate > date($releaseDate)
   RETURN r.fileName AS fileName, toString(r.releaseDate) AS releaseDate ORDER BY r.releaseDate DESC LIMIT 1`,
);

/** The newest finished import of this kind from a file released after the given date, if any. */
export async function findNewerRun(
  db: QueryRunner,
  kind: string,
  releaseDate: string,
): Promise<{ fileName: string; releaseDate: string } | null> {
  return (await db.read<{ fileName: string; releaseDate: string }>(FIND_NEWER_RUN, { kind, releaseDate }))[0] ?? null;
}

export const FIND_UNFINISHED_RUN = cypher(
  'import.findUnfinishedRun',
  `MATCH (r:ImportRun {kind: $kind}) WHERE r.status = 'running'
   RETURN ${RUN_FIELDS} ORDER BY r.startedAt DESC LIMIT 1`,
);

export async function findUnfinishedRun(db: QueryRunner, kind: string): Promise<ImportRunRow | null> {
  return (await db.read<ImportRunRow>(FIND_UNFINISHED_RUN, { kind }))[0] ?? null;
}

export const START_RUN = cypher(
  'import.startRun',
  `MERGE (r:ImportRun {id: $id})
   SET r.kind = $kind, r.fileName = $fileName, r.sha = $sha, r.size = $size, r.status = 'running',
       r.line = 0, r.bytes = 0, r.read = 0, r.written = 0, r.rejected = 0, r.rejectsBytes = 0,
       r.sourceId = $sourceId, r.releaseDate = date($releaseDate), r.startedAt = datetime(), r.finishedAt = null
   MERGE (s:Source {id: $sourceId})
   SET s.title = $title, s.publisher = $publisher, s.url = $url, s.date = date($releaseDate),
       s.dateKind = $dateKind, s.origin = 'import:' + $kind, s.fileName = $fileName, s.fileSha = $sha,
       s.fileSize = $size, s.importKind = $kind`,
);

export async function startRun(
  db: QueryRunner,
  p: {
    id: string;
    kind: string;
    fileName: string;
    sha: string;
    size: number;
    sourceId: string;
    releaseDate: string;
    dateKind: 'PUBLISHED' | 'RETRIEVED';
    title: string;
    publisher: string;
    url: string;
  },
): Promise<void> {
  await db.write(START_RUN, p);
}

export interface Checkpoint {
  line: number;
  bytes: number;
  read: number;
  written: number;
  rejected: number;
  rejectsBytes: number;
}

export const SAVE_CHECKPOINT = cypher(
  'import.saveCheckpoint',
  `MATCH (r:ImportRun {id: $id})
   SET r.line = $line, r.bytes = $bytes, r.read = $read, r.written = $written, r.rejected = $rejected,
       r.rejectsBytes = $rejectsBytes, r.updatedAt = datetime()`,
);

/** Called inside the batch's transaction: the checkpoint commits exactly when the batch does. */
export async function saveCheckpoint(tx: QueryRunner, id: string, c: Checkpoint): Promise<void> {
  await tx.write(SAVE_CHECKPOINT, { id, ...c });
}

export const FINISH_RUN = cypher(
  'import.finishRun',
  `MATCH (r:ImportRun {id: $id})
   SET r.status = 'done', r.finishedAt = datetime()
   WITH r
   MATCH (s:Source {id: r.sourceId})
   SET s.rowCount = r.read, s.writtenCount = r.written, s.rejectedCount = r.rejected`,
);

export async function finishRun(db: QueryRunner, id: string): Promise<void> {
  await db.write(FINISH_RUN, { id });
}
