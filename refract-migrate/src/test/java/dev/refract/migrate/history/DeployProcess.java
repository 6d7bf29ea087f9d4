package dev.refract.migrate.history;

import dev.refract.dialect.url.ConnectionUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code migrate deploy} in a JVM of its own, so a test can {@code kill -9} it: arguments are the
 * database URL and the migrations folder; it prints {@code applying <name>} before each migration
 * and {@code deployed} at the end.
 */
public final class DeployProcess {
    private DeployProcess() {
    }

    public static void main(String[] args) {
        Migrations.builder(ConnectionUrl.parse(args[0]), Path.of(args[1])).lockTimeout(Duration.ofMinutes(5))
                .listener(new MigrationListener() {
                    @Override
                    public void applying(String migrationName) {
                        System.out.println("applying " + migrationName);
                        System.out.flush();
                    }
                }).build().deploy();
        System.out.println("deployed");
    }

    /** Starts this program on the test's class path. */
    static Process start(String url, Path migrations) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try {
            return new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath,
                    DeployProcess.class.getName(), url, migrations.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: the JVM gets no chance to close anything. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the deploy process did not die");
        }
        if (process.exitValue() != 137) {
            throw new IllegalStateException("the deploy process ended with " + process.exitValue() + ", not by SIGKILL");
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(60);
    }
}
