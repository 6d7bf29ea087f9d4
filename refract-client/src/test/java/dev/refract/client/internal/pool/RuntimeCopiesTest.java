package dev.refract.client.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.pool.PoolTesting;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two registries stand for two copies of the runtime (the jar reloaded with the application). */
class RuntimeCopiesTest {
    private static final Dialect SQLITE = Dialect.of(Provider.SQLITE);

    @TempDir
    Path dir;

    @Test
    void aSecondCopyOfTheRuntimeWithAPoolForTheSameDatabaseWarns() throws Exception {
        Path file = Files.createFile(dir.resolve("copies.db"));
        ConnectionUrl url = ConnectionUrl.parse("file:" + file);
        PoolRegistry first = new PoolRegistry();
        PoolRegistry second = new PoolRegistry();
        Object firstOwner = new Object();
        Object secondOwner = new Object();
        try (PoolTesting.LogCapture log = new PoolTesting.LogCapture()) {
            PoolLease a = first.lease(SQLITE, url, firstOwner);
            PoolLease alsoA = first.lease(SQLITE, url, secondOwner);
            assertThat(log.about("Another copy")).isEmpty();
            PoolLease b = second.lease(SQLITE, url, secondOwner);
            assertThat(log.about("Another copy")).singleElement()
                    .satisfies(r -> assertThat(r.getMessage()).contains("copies.db").contains("parent classloader"));
            a.release();
            alsoA.release();
            b.release();
            assertThat(first.stats()).isEmpty();
            assertThat(second.stats()).isEmpty();
            PoolLease later = new PoolRegistry().lease(SQLITE, url, firstOwner);
            later.release();
            assertThat(log.about("Another copy")).hasSize(1);
        }
        assertThat(first.openedPools()).isEqualTo(first.closedPools()).isEqualTo(1);
    }
}
