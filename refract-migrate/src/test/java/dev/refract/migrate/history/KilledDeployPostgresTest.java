package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: {@code kill -9} of a deploy of the langfuse history, then a rerun, ends in the same
 * database as an uninterrupted deploy. The child JVM is stopped at three points of migration
 * {@value #VICTIM} (two ALTER TABLEs on {@code dataset_run_items}, migration 201 of 434): before its
 * row is written, inside its script, and after its script committed but before its row was
 * finished. A trigger on {@code _prisma_migrations} or a table lock holds the child at that point;
 * after the kill the test ends the child's server session, as the server does once it notices the
 * dead client.
 */
class KilledDeployPostgresTest {
    static final String VICTIM = "20240606133011_remove_trace_fkey_datasetrunitems";
    private static final String APPLICATION = "refract-killed-deploy";
    private static final long GATE = 4242;
    private static final Path HISTORY = Corpus.migrations("langfuse__langfuse");
    private static final int MIGRATIONS = 434;

    private static List<String> reference;

    @BeforeAll
    static void deployWithoutInterruption() throws SQLException {
        try (TestDatabase clean = TestDatabases.postgres("killref")) {
            migrations(clean).deploy();
            reference = Catalog.of(clean);
        }
    }

    @AfterAll
    static void forget() {
        reference = null;
    }

    private static Migrations migrations(TestDatabase database) {
        return Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), HISTORY).provider(Provider.POSTGRESQL)
                .build();
    }

    @Test
    void killedBeforeTheMigrationStartedTheRerunSimplyGoesOn() throws Exception {
        try (TestDatabase database = TestDatabases.postgres("kill_before")) {
            prepareGate(database, "BEFORE INSERT", "TRUE");
            killWhileGated(database, null);

            assertThat(Rows.count(database, "SELECT count(*) FROM _prisma_migrations WHERE migration_name = '"
                    + VICTIM + "'")).as("the row insert died with the process").isZero();
            assertThat(constraintExists(database)).isTrue();

            DeployResult rerun = migrations(database).deploy();
            assertThat(rerun.applied()).startsWith(VICTIM);
            assertEndState(database, MIGRATIONS);
        }
    }

    @Test
    void killedInsideTheScriptTheScriptRolledBackAndTheRerunAsksForResolveRolledBack() throws Exception {
        try (TestDatabase database = TestDatabases.postgres("kill_inside")) {
            prepareGate(database, "BEFORE INSERT", "TRUE");
            killWhileGated(database, "dataset_run_items");

            assertThat(constraintExists(database)).as("the script's implicit transaction rolled back").isTrue();
            assertThatThrownBy(() -> migrations(database).deploy()).isInstanceOfSatisfying(DatabaseException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo("P3009");
                        assertThat(e.getMessage()).contains("The `" + VICTIM + "` migration started at ");
                    });
            assertThat(migrations(database).status().failed()).containsExactly(VICTIM);

            migrations(database).markRolledBack(VICTIM);
            assertThat(migrations(database).deploy().applied()).startsWith(VICTIM);
            assertEndState(database, MIGRATIONS + 1);
        }
    }

    @Test
    void killedAfterTheScriptCommittedTheRerunAsksForResolveApplied() throws Exception {
        try (TestDatabase database = TestDatabases.postgres("kill_after")) {
            prepareGate(database, "BEFORE UPDATE", "OLD.applied_steps_count = 0");
            killWhileGated(database, null);

            assertThat(constraintExists(database)).as("the script had committed").isFalse();
            assertThatThrownBy(() -> migrations(database).deploy()).isInstanceOfSatisfying(DatabaseException.class,
                    e -> assertThat(e.code()).isEqualTo("P3009"));

            migrations(database).markApplied(VICTIM);
            assertThat(migrations(database).deploy().applied()).doesNotContain(VICTIM).hasSize(MIGRATIONS - 201);
            assertEndState(database, MIGRATIONS + 1);
        }
    }

    /**
     * Creates {@code _prisma_migrations} ahead of the deploy (as Prisma would) with a trigger that
     * makes the row operation of {@link #VICTIM} wait for the test's advisory lock {@value #GATE}.
     */
    private static void prepareGate(TestDatabase database, String timing, String condition) throws SQLException {
        database.execute(Dialect.of(Provider.POSTGRESQL).migrations().createTableSql(),
                "CREATE FUNCTION refract_gate() RETURNS trigger AS $$ BEGIN IF NEW.migration_name = '" + VICTIM
                        + "' AND " + condition + " THEN PERFORM pg_advisory_xact_lock(" + GATE + "); END IF;"
                        + " RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER refract_gate " + timing + " ON _prisma_migrations FOR EACH ROW"
                        + " EXECUTE FUNCTION refract_gate()");
    }

    /**
     * Runs the deploy in a child JVM until it waits at the gate; with {@code lockedTable}, opens the
     * gate and lets it run into that table's lock inside the victim's script instead. Then kills it.
     */
    private static void killWhileGated(TestDatabase database, String lockedTable) throws Exception {
        try (Connection gate = database.open(); Statement gateStatement = gate.createStatement();
                Connection table = database.open(); Statement tableStatement = table.createStatement()) {
            gateStatement.execute("SELECT pg_advisory_lock(" + GATE + ")");
            Process deploy = DeployProcess.start(database.prismaUrl() + "?application_name=" + APPLICATION, HISTORY);
            try {
                awaitBlocked(database, "advisory");
                if (lockedTable != null) {
                    table.setAutoCommit(false);
                    tableStatement.execute("LOCK TABLE \"" + lockedTable + "\" IN ACCESS SHARE MODE");
                    gateStatement.execute("SELECT pg_advisory_unlock(" + GATE + ")");
                    awaitBlocked(database, "relation");
                }
            } finally {
                DeployProcess.kill(deploy);
            }
            // The server ends a dead client's session when it notices; do it now, deterministically.
            database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + APPLICATION + "' AND datname = current_database()");
            awaitGone(database);
            if (lockedTable != null) {
                table.rollback();
            }
        }
        database.execute("DROP TRIGGER refract_gate ON _prisma_migrations", "DROP FUNCTION refract_gate()");
    }

    /** Waits until the child's session waits for a lock of the given type (advisory, relation). */
    private static void awaitBlocked(TestDatabase database, String lockType) throws Exception {
        long deadline = System.nanoTime() + DeployProcess.timeout().toNanos();
        while (Rows.count(database, "SELECT count(*) FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid"
                + " WHERE a.application_name = '" + APPLICATION + "' AND a.datname = current_database() AND NOT l.granted AND l.locktype = '" + lockType
                + "'") == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the deploy never reached the " + lockType + " lock");
            }
            Thread.sleep(20);
        }
    }

    private static void awaitGone(TestDatabase database) throws Exception {
        long deadline = System.nanoTime() + DeployProcess.timeout().toNanos();
        while (Rows.count(database, "SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + APPLICATION + "' AND datname = current_database()") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the killed deploy's session is still there");
            }
            Thread.sleep(20);
        }
    }

    private static boolean constraintExists(TestDatabase database) throws SQLException {
        return Rows.count(database, "SELECT count(*) FROM pg_constraint WHERE conname ="
                + " 'dataset_run_items_trace_id_fkey'") == 1;
    }

    /** Every migration applied exactly once, status up to date, and the schema of an uninterrupted deploy. */
    private static void assertEndState(TestDatabase database, int rows) throws SQLException {
        assertThat(Rows.count(database, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(rows);
        assertThat(Rows.count(database, "SELECT count(DISTINCT migration_name) FROM _prisma_migrations"
                + " WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")).isEqualTo(MIGRATIONS);
        assertThat(Rows.count(database, "SELECT count(*) FROM (SELECT migration_name FROM _prisma_migrations"
                + " WHERE rolled_back_at IS NULL GROUP BY migration_name HAVING count(*) > 1) twice")).isZero();
        assertThat(migrations(database).status().isUpToDate()).isTrue();
        assertThat(Catalog.of(database)).isEqualTo(reference);
    }
}
