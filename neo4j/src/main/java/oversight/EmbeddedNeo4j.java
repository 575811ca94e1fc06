package oversight;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j community embedded with only the Bolt connector, bound to loopback.
 *
 * Usage: EmbeddedNeo4j <dataDir> <boltPort> <pageCacheMb>
 *
 * Auth is disabled because nothing but 127.0.0.1 can reach the port; a server
 * reachable from elsewhere is configured through NEO4J_URI instead. The line
 * "READY <port>" on stdout tells the Node side that Bolt accepts connections.
 * The process stops cleanly on SIGTERM, SIGINT, or when its stdin closes.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort> <pageCacheMb>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .build();

        // The JVM runs shutdown hooks on SIGTERM and SIGINT: a clean shutdown flushes the
        // store and the transaction log so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
        }, "neo4j-shutdown"));

        // Touch the default database so a start that cannot open the store fails here,
        // before READY is announced.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY " + port);
        System.out.flush();
        // The parent keeps our stdin open for as long as it lives. End of input means the
        // parent is gone (even if it was killed with no chance to signal us): shut down
        // rather than linger as an orphan holding the store lock and the port.
        try {
            while (System.in.read() != -1) {
                // input is ignored
            }
        } catch (java.io.IOException e) {
            // treated as end of input
        }
        System.exit(0);
    }
}
