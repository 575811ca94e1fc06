import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/** The ceiling: Apollo Server answering a constant, so all that is left is HTTP and GraphQL. */
const port = Number(process.argv[2]);
const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
process.stdout.write('ready\n');
