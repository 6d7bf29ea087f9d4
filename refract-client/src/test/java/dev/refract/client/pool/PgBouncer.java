package dev.refract.client.pool;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PgBouncer (the Debian package {@code pgbouncer}, installed by {@code .ci/install-packages})
 * started on a free port with a generated configuration in a temporary folder: transaction pooling,
 * trust authentication with a userlist, every database forwarded to one PostgreSQL server. Its log
 * goes to {@code pgbouncer.log} in that folder. Without the binary the test is skipped loudly, or
 * fails under {@code CI=true}.
 */
final class PgBouncer implements AutoCloseable {
    private final Process process;
    private final Path dir;
    private final int port;

    private PgBouncer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts one in transaction mode in front of {@code host:port}, letting {@code user} in (with
     * {@code password} for the server, if any) and keeping at most {@code serverPoolSize} server
     * connections per database and user.
     */
    static PgBouncer start(String host, int serverPort, String user, String password, int serverPoolSize) throws Exception {
        Path binary = binary().orElse(null);
        if (binary == null) {
            String reason = "PgBouncer tests SKIPPED: no pgbouncer binary on PATH or in /usr/sbin (run .ci/install-packages)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason.replace("SKIPPED", "FAILED (CI=true)"));
            }
            System.err.println("[refract-client] WARNING: " + reason);
            Assumptions.abort(reason);
        }
        Path dir = Files.createTempDirectory("refract-pgbouncer");
        int port = freePort();
        Path userlist = dir.resolve("userlist.txt");
        Files.writeString(userlist, quote(user) + " " + quote(password == null ? "" : password) + "\n");
        Path config = dir.resolve("pgbouncer.ini");
        Files.writeString(config, String.join("\n",
                "[databases]",
                "* = host=" + host + " port=" + serverPort,
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + userlist,
                "pool_mode = transaction",
                "default_pool_size = " + serverPoolSize,
                "max_client_conn = 200",
                ""));
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            // PgBouncer refuses to run as root (CI runs as root): it drops to nobody, who must read the folder
            command.addAll(List.of("-u", "nobody"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(userlist, PosixFilePermissions.fromString("rw-r--r--"));
        }
        command.add(config.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("pgbouncer.log").toFile()).start();
        PgBouncer bouncer = new PgBouncer(process, dir, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!bouncer.answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = bouncer.log();
                bouncer.close();
                throw new IllegalStateException("pgbouncer did not start on port " + port + ":\n" + log);
            }
            Thread.sleep(50);
        }
        return bouncer;
    }

    int port() {
        return port;
    }

    String log() throws IOException {
        Path log = dir.resolve("pgbouncer.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: PgBouncer's fast exit
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    private static Optional<Path> binary() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry, "pgbouncer"));
            }
        }
        candidates.add(Path.of("/usr/sbin/pgbouncer"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
