package kg.icat.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j 5.26 Community with a Bolt listener on 127.0.0.1, for dev, tests and CI on
 * machines without Docker. Driven by src/embedded/neo4j-launcher.ts.
 *
 * <p>Protocol with the parent process:
 *
 * <ul>
 *   <li>stdout: exactly one line {@code NEO4J_READY bolt://127.0.0.1:<port>} once Bolt accepts
 *       and the default database is online. Nothing else is written to stdout.
 *   <li>stderr: expected failures are one line {@code NEO4J_ERROR <message>}, exit code 2.
 *   <li>stdin: EOF means "the parent is gone" (even if it was SIGKILLed, the kernel closes the
 *       pipe), so we shut down; this is what prevents orphan JVMs. {@code --ignore-stdin} turns
 *       this off for manual runs in the background ({@code java ... &} gets /dev/null).
 *   <li>SIGTERM/SIGINT: clean shutdown through the shutdown hook.
 * </ul>
 *
 * Usage: {@code EmbeddedNeo4j --port N --data-dir PATH [--ignore-stdin]}
 */
public final class EmbeddedNeo4j {
  private static final int EXIT_EXPECTED_ERROR = 2;
  private static final int EXIT_UNEXPECTED_ERROR = 1;
  private static final String HOST = "127.0.0.1";

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    int port = -1;
    Path home = null;
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = parsePort(i + 1 < args.length ? args[++i] : null);
        case "--data-dir" -> home = Path.of(requireValue(args, ++i, "--data-dir"));
        case "--ignore-stdin" -> watchStdin = false;
        default -> fail("unknown argument: " + args[i]
            + " (usage: --port N --data-dir PATH [--ignore-stdin])");
      }
    }
    if (port < 0) fail("--port N is required (1-65535)");
    if (home == null) fail("--data-dir PATH is required");
    home = home.toAbsolutePath().normalize();

    try {
      Files.createDirectories(home);
    } catch (IOException | SecurityException e) {
      fail("cannot create data directory " + home + ": " + e);
    }
    if (!Files.isWritable(home)) fail("data directory is not writable: " + home);

    DatabaseManagementService dbms;
    try {
      dbms = build(home, port);
    } catch (Throwable t) {
      fail(describe(t, home, port), t);
      return; // unreachable
    }

    // One shutdown path for SIGTERM, SIGINT, stdin EOF and System.exit: the JVM shutdown hook
    // (the JVM runs it once). A signal during build() above exits without it; Neo4j recovers
    // the store on its next start.
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    if (watchStdin) {
      Thread watcher = new Thread(EmbeddedNeo4j::exitOnStdinEof, "stdin-eof-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }

    // build() returns once Bolt is bound; also wait for the default database ("neo4j") so that
    // the first query after READY cannot hit "database unavailable".
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      System.err.println("NEO4J_ERROR default database did not come online within 2 minutes; see "
          + home.resolve("logs/debug.log"));
      System.exit(EXIT_EXPECTED_ERROR); // runs the shutdown hook
    }
    System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
    System.out.flush();
    // main returns; non-daemon Neo4j threads keep the JVM alive until shutdown.
  }

  private static DatabaseManagementService build(Path home, int port) {
    return new DatabaseManagementServiceBuilder(home)
        // Loopback only, so no auth: this is a throwaway dev/test database. Never expose it.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        // No internet here: nothing may phone home (dbms.usage_report.enabled and its transport).
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
        .setConfig(BoltConnector.server_bolt_telemetry_enabled, false)
        // Modest memory: a 2-core/24 GiB box shared with the test runner.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
        .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
            GraphDatabaseSettings.TransactionStateMemoryAllocation.ON_HEAP)
        // Small transaction logs, no preallocation: faster first start, little disk.
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
        // Start-up speed / fewer background threads; none of these matter for a test database.
        .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
        .setConfig(GraphDatabaseSettings.filewatcher_enabled, false)
        .setConfig(GraphDatabaseInternalSettings.vm_pause_monitor_enabled, false)
        // Netty's graceful-shutdown quiet period otherwise adds ~10 s (2 event loop groups x 5 s)
        // to every stop, after the stores are already checkpointed and closed.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .build();
  }

  /** Blocks on stdin; EOF (parent closed the pipe or died) -> exit, which runs the hook. */
  private static void exitOnStdinEof() {
    byte[] buf = new byte[256];
    try (InputStream in = System.in) {
      while (in.read(buf) >= 0) {
        // Input is ignored; only EOF matters.
      }
    } catch (IOException ignored) {
      // A broken stdin is treated like EOF.
    }
    System.exit(0);
  }

  /** Turns the expected start-up failures into one human sentence; null if unexpected. */
  private static String describe(Throwable t, Path home, int port) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String msg = String.valueOf(c.getMessage());
      if (c instanceof BindException || msg.contains("Address already in use")) {
        return "port " + port + " on " + HOST + " is already in use (Bolt could not bind)";
      }
      // org.neo4j.kernel.internal.locker.FileLockException; matched by name to stay on API.
      if (c.getClass().getSimpleName().equals("FileLockException")) {
        return "another Neo4j process is using the data directory " + home
            + " (store lock held)";
      }
      if (c instanceof java.nio.file.AccessDeniedException) {
        return "permission denied in data directory " + home + ": " + msg;
      }
    }
    return null;
  }

  private static int parsePort(String s) {
    try {
      int p = Integer.parseInt(s);
      if (p >= 1 && p <= 65535) return p;
    } catch (NumberFormatException ignored) {
      // handled below
    }
    fail("--port needs an integer 1-65535, got: " + s);
    return -1;
  }

  private static String requireValue(String[] args, int i, String flag) {
    if (i >= args.length) fail(flag + " needs a value");
    return args[i];
  }

  private static void fail(String message) {
    fail(message, null);
  }

  /** Expected errors: one NEO4J_ERROR line. Unexpected ones (message null): also the trace. */
  private static void fail(String message, Throwable t) {
    if (message == null) {
      Throwable root = t;
      while (root.getCause() != null) root = root.getCause();
      System.err.println("NEO4J_ERROR failed to start Neo4j: " + root);
      t.printStackTrace(System.err);
    } else {
      System.err.println("NEO4J_ERROR " + message);
    }
    System.err.flush();
    // halt, not exit: a half-built DBMS may hold non-daemon threads/hooks we must not wait on.
    Runtime.getRuntime().halt(message == null ? EXIT_UNEXPECTED_ERROR : EXIT_EXPECTED_ERROR);
  }
}
