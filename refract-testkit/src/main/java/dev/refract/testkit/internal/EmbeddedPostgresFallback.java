package dev.refract.testkit.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * The embedded PostgreSQL that stands in for a missing server outside CI: started on first need,
 * shared by the whole JVM, stopped by the library's own shutdown hook. Kept in its own class so
 * that the library is loaded only when the fallback is used.
 */
final class EmbeddedPostgresFallback {
    private static EmbeddedPostgres instance;

    private EmbeddedPostgresFallback() {
    }

    static synchronized ServerAddress start() throws IOException {
        if (instance == null) {
            instance = EmbeddedPostgres.builder().start();
        }
        return new ServerAddress("localhost", instance.getPort(), "postgres", "", "postgres");
    }
}
