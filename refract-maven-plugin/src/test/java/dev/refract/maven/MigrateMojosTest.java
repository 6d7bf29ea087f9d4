package dev.refract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, migrate-status and migrate-deploy on a SQLite project (the URL from DATABASE_URL, relative to the schema). */
class MigrateMojosTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = Map.of("DATABASE_URL", "file:./app.db");

    private void withMigration() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA);
        Path migration = dir.resolve("prisma/migrations/20240101000000_init");
        Files.createDirectories(migration);
        Files.writeString(migration.resolve("migration.sql"),
                "-- CreateTable\nCREATE TABLE \"Note\" (\n    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"text\" TEXT NOT NULL\n);\n");
        Files.writeString(dir.resolve("prisma/migrations/migration_lock.toml"), "provider = \"sqlite\"\n");
    }

    @Test
    void validatePassesAValidSchemaAndFailsAnInvalidOne() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA);
        MojoTests.Log log = new MojoTests.Log();
        MojoTests.configure(new ValidateMojo(), dir, env, log).execute();
        assertThat(log.text()).contains("The schema at prisma/schema.prisma is valid");

        MojoTests.project(dir, MojoTests.SCHEMA.replace("@id", "@idd"));
        assertThatThrownBy(() -> MojoTests.configure(new ValidateMojo(), dir, env, new MojoTests.Log()).execute())
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("P1012");
    }

    @Test
    void statusFailsWhilePending_deployApplies_thenStatusPasses() throws Exception {
        withMigration();
        MojoTests.Log before = new MojoTests.Log();
        MigrateStatusMojo status = MojoTests.configure(new MigrateStatusMojo(), dir, env, before);
        assertThatThrownBy(status::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("P1003");  // no database yet

        MojoTests.Log deploy = new MojoTests.Log();
        MojoTests.configure(new MigrateDeployMojo(), dir, env, deploy).execute();
        assertThat(deploy.text()).contains("1 migration found").contains("Applying migration `20240101000000_init`");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("prisma/app.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }

        MojoTests.Log after = new MojoTests.Log();
        MojoTests.configure(new MigrateStatusMojo(), dir, env, after).execute();
        assertThat(after.text()).contains("Database schema is up to date");
    }

    @Test
    void aMissingVariableIsP1012() throws Exception {
        withMigration();
        assertThatThrownBy(() -> MojoTests.configure(new MigrateDeployMojo(), dir, Map.of(), new MojoTests.Log()).execute())
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("DATABASE_URL");
    }
}
