package dev.refract.maven;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.migrate.history.MigrationListener;
import dev.refract.migrate.history.MigrationStatus;
import dev.refract.migrate.project.ProjectDatabase;
import dev.refract.schema.LoadedSchema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code refract:migrate-status}: compares the migrations folder with the database's history, as
 * {@code refract migrate status}; fails when anything is pending, failed or only in the database
 * (unless {@code failIfNotUpToDate} is false), so a release can check before it starts.
 */
@Mojo(name = "migrate-status", requiresProject = true, threadSafe = true)
public class MigrateStatusMojo extends SchemaMojo {
    /** Fail the build when the database is not up to date with the migrations folder. */
    @Parameter(property = "refract.failIfNotUpToDate", defaultValue = "true")
    boolean failIfNotUpToDate = true;

    @Override
    void run() throws MojoFailureException {
        LoadedSchema loaded = loadSchema();
        ProjectDatabase database = database(loaded, validate(loaded));
        MigrationStatus status;
        try {
            status = database.migrations(new MigrationListener() { }).status();
        } catch (DatabaseException e) {
            throw failure(e);
        }
        String folder = basedir.toPath().toAbsolutePath().relativize(database.migrationsDirectory()).toString();
        String report = status.render("refract", folder.isEmpty() ? "." : folder);
        for (String line : report.split("\n")) {
            getLog().info(line);
        }
        if (status.exitCode() != 0 && failIfNotUpToDate) {
            throw new MojoFailureException("The database is not up to date with " + folder
                    + " (see above); run refract:migrate-deploy");
        }
    }
}
