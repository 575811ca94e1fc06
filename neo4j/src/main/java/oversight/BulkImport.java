package oversight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Offline first load of the embedded store: Neo4j's own importer ("neo4j-admin database import
 * full") run on the DATA_DIR that EmbeddedNeo4j opens, for the database EmbeddedNeo4j serves.
 *
 * Usage:
 *   BulkImport check  <dataDir>
 *   BulkImport import <dataDir> <workDir> <importer options...>
 *
 * check prints one line and exits: "EMPTY" (0) when the database has no store yet or an empty
 * one, "HOLDS <n>" (4) when it holds nodes, "RUNNING" (3) when another process has the store
 * open. import runs the same check again (the store could have been started or seeded since),
 * then the importer, with DATA_DIR as Neo4j's home and workDir (which holds no neo4j.conf) as
 * its configuration directory, so it resolves exactly the directories and the store format
 * the embedded launcher uses. Its exit code is the importer's; when it fails, the store files
 * it wrote are removed.
 */
public final class BulkImport {
    private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    public static void main(String[] args) {
        if (args.length < 2 || !(args[0].equals("check") || (args[0].equals("import") && args.length >= 3))) {
            System.err.println("usage: BulkImport check <dataDir> | BulkImport import <dataDir> <workDir> <importer options...>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        State state = state(dataDir);
        if (args[0].equals("check") || state.code != 0) {
            System.out.println(state.line);
            System.out.flush();
            System.exit(state.code);
        }
        Path workDir = Path.of(args[2]).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("database", "import", "full"));
        for (int i = 3; i < args.length; i++) command.add(args[i]);
        // An empty store left by an earlier start would make the importer stop: it is replaced.
        if (state.storeExists) command.add("--overwrite-destination=true");
        command.add(DATABASE);
        int code = AdminTool.execute(new ExecutionContext(dataDir, workDir), command.toArray(new String[0]));
        // A failed import leaves store files no database can open. They replaced an empty store
        // or none, so removing them loses nothing and lets the next start (or import) begin afresh.
        if (code != 0) {
            deleteTree(dataDir.resolve("data").resolve("databases").resolve(DATABASE));
            deleteTree(dataDir.resolve("data").resolve("transactions").resolve(DATABASE));
            System.out.println("The partly written store was removed.");
        }
        System.exit(code);
    }

    private record State(int code, String line, boolean storeExists) {}

    private static State state(Path dataDir) {
        Path store = dataDir.resolve("data").resolve("databases").resolve(DATABASE);
        if (!hasFiles(store)) return new State(0, "EMPTY", false);
        DatabaseManagementService dbms;
        try {
            // Opening the store takes its lock: it fails when a running Neo4j holds it.
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, false)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                    .build();
        } catch (RuntimeException e) {
            if (lockHeld(e)) return new State(3, "RUNNING", true);
            throw e;
        }
        try {
            long nodes = dbms.database(DATABASE).executeTransactionally(
                    "MATCH (n) RETURN count(n) AS n", java.util.Map.of(), r -> (Long) r.next().get("n"));
            return nodes > 0 ? new State(4, "HOLDS " + nodes, true) : new State(0, "EMPTY", true);
        } catch (RuntimeException e) {
            if (lockHeld(e)) return new State(3, "RUNNING", true);
            throw e;
        } finally {
            dbms.shutdown();
        }
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (java.io.IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }

    private static boolean lockHeld(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")) return true;
            String m = String.valueOf(t.getMessage());
            if (m.contains("already locked") || m.contains("locked by another")) return true;
        }
        return false;
    }
}
