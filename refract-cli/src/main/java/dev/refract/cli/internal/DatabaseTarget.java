package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.url.Environment;
import dev.refract.migrate.project.ProjectDatabase;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Schema;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The database a command works on: the schema is loaded and validated (errors are reported as P1012
 * and stop the command), and the datasource URL is resolved as Prisma does (the datasource's url or
 * env var, else DATABASE_URL; variables from the environment, then .env beside the schema, then .env
 * in the working directory). Prints Prisma's "schema loaded" and "Datasource" lines on stderr.
 */
public record DatabaseTarget(LoadedSchema loaded, Schema schema, Datasource datasource, ConnectionUrl url,
        Environment environment) {

    public static DatabaseTarget load(CliContext context, SchemaOption option, PrintWriter err) {
        LoadedSchema loaded = option.load(context);
        new SchemaReport(context, err).loadedFrom(loaded);
        return resolve(context, loaded, validate(context, loaded, err), err);
    }

    /**
     * Validates a loaded schema, printing its warnings, and its errors as P1012 (then throwing
     * {@link SchemaInvalid}).
     */
    public static Schema validate(CliContext context, LoadedSchema loaded, PrintWriter err) {
        SchemaReport report = new SchemaReport(context, err);
        ValidationResult result = PrismaSchema.validate(loaded.files());
        report.warnings(result);
        if (!result.isValid()) {
            report.errors(result);
            throw new SchemaInvalid();
        }
        return result.resolved().orElseThrow();
    }

    /** The database of a validated schema's datasource, with Prisma's "Datasource" line on {@code err}. */
    public static DatabaseTarget resolve(CliContext context, LoadedSchema loaded, Schema schema, PrintWriter err) {
        ProjectDatabase database = ProjectDatabase.resolve(loaded, schema, context.env(), context.workingDir())
                .orElseThrow(() -> new CliException("The schema at " + loaded.displayPath() + " has no datasource block."));
        err.println("Datasource \"" + database.datasource().name() + "\": " + database.url().describe());
        err.println();
        return new DatabaseTarget(loaded, schema, database.datasource(), database.url(), database.environment());
    }

    /** The same database as the library's {@link ProjectDatabase}. */
    public ProjectDatabase project() {
        return new ProjectDatabase(loaded, schema, datasource, url, environment);
    }

    /** The folder holding the schema (the schema folder itself for a multi-file schema). */
    public static Path schemaFolder(LoadedSchema loaded) {
        return ProjectDatabase.schemaFolder(loaded);
    }

    /** The schema had errors; they have been printed already. */
    public static final class SchemaInvalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SchemaInvalid() {
            super("schema validation failed", null, false, false);
        }
    }
}
