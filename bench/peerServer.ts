import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { createServer } from 'node:http';
import { peerTypeDefs } from './peer/typeDefs.js';
import { planDbHits } from '../src/db/profile.js';

/**
 * The @neo4j/graphql contender. Its driver is wrapped only to count the statements each
 * request sends and, in the measuring pass, to PROFILE them; the load rounds run it as is.
 */
const [uri, port, statsPort, password] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), process.argv[5] ?? ''];
const stats = { statements: 0, dbHits: 0, bytes: 0, profile: false };

function counted(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== 'session') return Reflect.get(target, key, receiver) as unknown;
      return (config: unknown) => {
        const session = target.session(config as never);
        const wrapTx = (tx: ManagedTransaction) =>
          new Proxy(tx, {
            get(t, k) {
              if (k !== 'run') return Reflect.get(t, k) as unknown;
              return async (query: string, params?: Record<string, unknown>) => {
                stats.statements += 1;
                if (!stats.profile) return t.run(query, params);
                const result = await t.run(`PROFILE ${query}`, params);
                stats.dbHits += planDbHits(result.summary.profile);
                stats.bytes += Buffer.byteLength(JSON.stringify(result.records.map((r) => r.toObject())));
                return result;
              };
            },
          });
        return new Proxy(session, {
          get(s, k) {
            if (k === 'executeRead' || k === 'executeWrite') {
              return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, txConfig?: Parameters<Session['executeRead']>[1]) =>
                s[k]((tx) => work(wrapTx(tx)), txConfig);
            }
            const v: unknown = Reflect.get(s, k);
            return typeof v === 'function' ? (v as (...args: unknown[]) => unknown).bind(s) : v;
          },
        });
      };
    },
  });
}

const driver = neo4j.driver(uri, password ? neo4j.auth.basic('neo4j', password) : undefined, {
  logging: { level: 'error', logger: () => {} },
});
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver: counted(driver) }).getSchema();
const server = new ApolloServer({ schema });
await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });

// A side port for the bench to reset, switch PROFILE on and read the counters.
createServer((req, res) => {
  const seen = JSON.stringify(stats);
  if (req.url === '/reset?profile=1' || req.url === '/reset') {
    Object.assign(stats, { statements: 0, dbHits: 0, bytes: 0, profile: req.url.endsWith('=1') });
  }
  res.setHeader('content-type', 'application/json');
  res.end(seen);
}).listen(statsPort, '127.0.0.1');
process.stdout.write('ready\n');
