package dev.refract.maven;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.migrate.history.DeployResult;
import dev.refract.migrate.history.MigrationListener;
import dev.refract.migrate.project.ProjectDatabase;
import dev.refract.schema.LoadedSchema;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code refract:migrate-deploy}: applies pending migrations to the datasource's database, as
 * {@code refract migrate deploy} (Prisma's lock, history and checksums). Bound to no phase: run it
 * in the release step ({@code mvn refract:migrate-deploy}), not in every build.
 */
@Mojo(name = "migrate-deploy", requiresProject = true, threadSafe = true)
public class MigrateDeployMojo extends SchemaMojo {
    @Override
    void run() throws MojoFailureException {
        LoadedSchema loaded = loadSchema();
        ProjectDatabase database = database(loaded, validate(loaded));
        try {
            DeployResult result = database.migrations(new MigrationListener() {
                @Override
                public void migrationsFound(List<String> names) {
                    getLog().info(names.size() + " migration" + (names.size() == 1 ? "" : "s") + " found in "
                            + database.migrationsDirectory());
                }

                @Override
                public void applying(String name) {
                    getLog().info("Applying migration `" + name + "`");
                }
            }).deploy();
            for (String line : result.summary().split("\n")) {
                getLog().info(line);
            }
        } catch (DatabaseException e) {
            throw failure(e);
        }
    }
}
