package oversight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j community embedded with only the Bolt connector, bound to loopback, and
 * no HTTP connector.
 *
 * Usage: EmbeddedNeo4j <dataDir> <boltPort> <pageCacheMb> <passwordFile>
 *
 * Auth is on: loopback alone does not keep out other local processes, nor a web page
 * speaking Bolt over WebSocket (which Neo4j accepts on the Bolt port). The user neo4j
 * gets the password read from passwordFile (written by the Node side, mode 0600) at
 * every start, so a store created before auth was enabled is covered too. The line
 * "READY <port>" on stdout tells the Node side that Bolt accepts connections.
 * The process stops cleanly on SIGTERM, SIGINT, or when its stdin closes.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort> <pageCacheMb> <passwordFile>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);
        String password;
        try {
            password = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).trim();
        } catch (java.io.IOException e) {
            System.err.println("cannot read the password file: " + e.getMessage());
            System.exit(2);
            return;
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                // Bolt's Netty groups wait out a quiet period of 5 s each before they stop, which
                // made every shutdown take about 10 s. The parent closes its connections before
                // it stops us, so there is nothing to wait for.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
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
        setPassword(dbms, password);
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

    /** Embedded calls run with full rights, so the password can be set before Bolt is used. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: nothing to do.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }
}
