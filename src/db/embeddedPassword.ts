import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file in DATA_DIR that holds the embedded Neo4j's password; readable by its owner only. */
export const PASSWORD_FILE = 'neo4j-password';

/**
 * The embedded Neo4j's password: generated at random on the first start and kept in
 * DATA_DIR (mode 0600), so the server, the seed CLI, importers and tests that open the same
 * DATA_DIR all use it, and nothing else on the machine can.
 */
export function embeddedPassword(dataDir: string): { file: string; password: string } {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, PASSWORD_FILE);
  if (!existsSync(file)) {
    // 'wx' fails rather than overwrite a file another process created meanwhile.
    try {
      writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  // Tighten a file whose mode was loosened by hand or by a copy.
  chmodSync(file, 0o600);
  return { file, password: readFileSync(file, 'utf8').trim() };
}
