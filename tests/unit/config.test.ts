import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

describe('parseConfig', () => {
  it('defaults to an embedded Neo4j on 7687 and port 4000', () => {
    const c = parseConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j).toMatchObject({ mode: 'embedded', boltPort: 7687, dataDir: '.data' });
  });

  it('turns every public limit on by default, with no API keys and no debug key', () => {
    const c = parseConfig({});
    expect(c.limits).toEqual({ bodyBytes: 102400, tokens: 2000, depth: 10, aliases: 30, directives: 20, cost: 2500 });
    expect(c.rateLimit).toEqual({
      anonymous: { maximum: 10000, restoreRate: 250 },
      perKey: { maximum: 50000, restoreRate: 1000 },
      apiKeys: [],
      trustProxy: false,
    });
    expect(c.debugHeaderKey).toBeNull();
    expect(parseConfig({ API_KEYS: 'aaaaaaaaaaaaaaaa1,bbbbbbbbbbbbbbbb2' }).rateLimit.apiKeys).toEqual([
      'aaaaaaaaaaaaaaaa1',
      'bbbbbbbbbbbbbbbb2',
    ]);
  });

  it('uses an external server when NEO4J_URI is set', () => {
    const c = parseConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(c.neo4j).toEqual({ mode: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'graph' });
  });

  it.each([
    ['PORT', 'abc', /PORT="abc" is not accepted; expected an integer from 0 to 65535/],
    ['PORT', '70000', /PORT="70000".*0 to 65535/],
    ['NEO4J_URI', 'http://x', /NEO4J_URI="http:\/\/x" is not accepted; expected a URI with scheme bolt:\/\//],
    ['NEO4J_BOLT_PORT', '0', /NEO4J_BOLT_PORT="0"/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud".*debug, info, warn or error/],
    ['SEED_ON_START', 'maybe', /SEED_ON_START="maybe".*true or false/],
    ['MAX_DEPTH', '0', /MAX_DEPTH="0".*an integer from 1 to 100/],
    ['API_KEYS', 'short', /API_KEYS="short".*at least 16 characters/],
    ['DEBUG_HEADER_KEY', '1', /DEBUG_HEADER_KEY="1".*at least 16 characters/],
  ])('rejects %s=%s naming the variable, value and what is accepted', (variable, value, message) => {
    let error: unknown;
    try {
      parseConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('stops npm start before anything starts, with one line on stderr', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'abc', NEO4J_URI: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: PORT="abc" is not accepted; expected an integer from 0 to 65535.',
    ]);
    expect(r.stdout).toBe('');
  });

  it('fails at once with one clear line when Java is missing and no NEO4J_URI is set', () => {
    const emptyPath = mkdtempSync(path.join(tmpdir(), 'no-java-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: { ...process.env, PATH: emptyPath, NEO4J_URI: '', PORT: '0', NEO4J_BOLT_PORT: '7999' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/Java 17\+ is required .* or set NEO4J_URI to use an existing Neo4j server/);
    } finally {
      rmSync(emptyPath, { recursive: true, force: true });
    }
  });
});
