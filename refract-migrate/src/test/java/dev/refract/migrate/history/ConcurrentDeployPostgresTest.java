package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: deploys started together on one database (each with its own connection, as separate
 * processes would have) serialise on {@code pg_advisory_lock(72707369)} and apply each migration once.
 */
class ConcurrentDeployPostgresTest {
    private static final Path HISTORY = Corpus.migrations("elie222__inbox-zero");
    private static final int DEPLOYS = 3;

    @Test
    void concurrentDeploysApplyEachMigrationOnce() throws Exception {
        int total = MigrationsDirectory.read(HISTORY).migrations().size();
        try (TestDatabase database = TestDatabases.postgres("concurrent")) {
            ConnectionUrl url = ConnectionUrl.parse(database.prismaUrl());
            CyclicBarrier start = new CyclicBarrier(DEPLOYS);
            ExecutorService pool = Executors.newFixedThreadPool(DEPLOYS);
            try {
                List<Future<DeployResult>> runs = new ArrayList<>();
                for (int i = 0; i < DEPLOYS; i++) {
                    Callable<DeployResult> deploy = () -> {
                        Migrations migrations = Migrations.builder(url, HISTORY).provider(Provider.POSTGRESQL).build();
                        start.await();
                        return migrations.deploy();
                    };
                    runs.add(pool.submit(deploy));
                }
                List<String> applied = new ArrayList<>();
                for (Future<DeployResult> run : runs) {
                    applied.addAll(run.get().applied());
                }
                assertThat(applied).hasSize(total).doesNotHaveDuplicates();
            } finally {
                pool.shutdownNow();
            }
            assertThat(Rows.count(database, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(total);
            assertThat(Rows.count(database, "SELECT count(DISTINCT migration_name) FROM _prisma_migrations"
                    + " WHERE finished_at IS NOT NULL")).isEqualTo(total);
        }
    }
}
