package dev.refract.maven;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.migrate.project.ProjectDatabase;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.SchemaFiles;
import dev.refract.schema.SchemaLoadException;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Schema;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the schema (found as the CLI finds it, from the project's folder), its
 * validation with Prisma's diagnostics, and the database its datasource names.
 */
abstract class SchemaMojo extends AbstractMojo {
    /** The schema file or multi-file schema folder; default {@code schema.prisma}, else {@code prisma/schema.prisma}. */
    @Parameter(property = "refract.schema")
    File schema;

    /** The project folder: relative paths and the {@code .env} of the working directory are taken from here. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Skips the goal. */
    @Parameter(property = "refract.skip", defaultValue = "false")
    boolean skip;

    /** The process environment (tests replace it). */
    Map<String, String> environment = System.getenv();

    LoadedSchema loadSchema() throws MojoFailureException {
        try {
            return SchemaFiles.load(basedir.toPath().toAbsolutePath(), schema == null ? null : schema.getPath());
        } catch (SchemaLoadException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The validated schema; warnings are logged, errors fail the build with Prisma's P1012 report. */
    Schema validate(LoadedSchema loaded) throws MojoFailureException {
        ValidationResult result = PrismaSchema.validate(loaded.files());
        if (!result.isValid()) {
            throw new MojoFailureException("Prisma schema validation failed (P1012) for " + loaded.displayPath() + ":\n"
                    + result.render(false));
        }
        String rendered = result.render(false);
        if (!rendered.isBlank()) {
            getLog().warn(rendered);
        }
        return result.resolved().orElseThrow();
    }

    ProjectDatabase database(LoadedSchema loaded, Schema resolved) throws MojoFailureException {
        try {
            ProjectDatabase database = ProjectDatabase.resolve(loaded, resolved, environment, basedir.toPath().toAbsolutePath())
                    .orElseThrow(() -> new MojoFailureException("The schema at " + loaded.displayPath() + " has no datasource block."));
            getLog().info("Datasource \"" + database.datasource().name() + "\": " + database.url().describe());
            return database;
        } catch (DatabaseException e) {
            throw failure(e);
        }
    }

    static MojoFailureException failure(DatabaseException e) {
        String code = e.code() == null || e.code().isEmpty() ? "" : "Error: " + e.code() + "\n";
        return new MojoFailureException(code + e.getMessage(), e);
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (refract.skip)");
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;
}
