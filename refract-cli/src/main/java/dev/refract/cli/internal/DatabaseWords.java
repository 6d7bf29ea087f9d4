package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.history.MigrationsDirectory;
import java.nio.file.Path;
import java.util.List;

/** How Prisma names a database, its schemas and its migrations in messages. */
public final class DatabaseWords {
    private DatabaseWords() {
    }

    /**
     * {@code We need to reset the "public" schema at "localhost:5432"} (PostgreSQL names its
     * schemas), or {@code We need to reset the MySQL database "app" at "localhost:3306"}.
     */
    public static String needToReset(ConnectionUrl url, List<String> schemas) {
        String message;
        if (!schemas.isEmpty()) {
            message = "We need to reset the following schemas: \"" + String.join(", ", schemas) + "\"";
        } else if (url.schema().isPresent()) {
            message = "We need to reset the \"" + url.schema().get() + "\" schema";
        } else {
            message = "We need to reset the " + url.databaseKind() + " database \"" + url.database() + "\"";
        }
        return message + " at \"" + url.location() + "\"";
    }

    /** {@code The PostgreSQL database "app" schema "public" at "localhost:5432" was successfully reset.} */
    public static String wasReset(ConnectionUrl url, List<String> schemas) {
        StringBuilder message = new StringBuilder("The ").append(url.databaseKind()).append(" database \"")
                .append(url.database()).append('"');
        if (!schemas.isEmpty()) {
            message.append(" schema").append(schemas.size() > 1 ? "s" : "").append(" \"")
                    .append(String.join(", ", schemas)).append('"');
        } else {
            url.schema().ifPresent(schema -> message.append(" schema \"").append(schema).append('"'));
        }
        message.append(" at \"").append(url.location()).append('"');
        return message.append(schemas.size() > 1 ? " were" : " was").append(" successfully reset.").toString();
    }

    /**
     * Migration folders as Prisma lists them: {@code folder/} then {@code └─ name/} and
     * {@code └─ migration.sql} under each, without a final newline.
     */
    public static String tree(String folder, List<String> names) {
        StringBuilder text = new StringBuilder(folder).append("/");
        for (String name : names) {
            text.append("\n  └─ ").append(name).append("/\n    └─ migration.sql");
        }
        return text.toString();
    }

    /** The migrations folder relative to the working directory, as Prisma shows it. */
    public static String migrationsFolder(CliContext context, DatabaseTarget target) {
        Path folder = MigrationsDirectory.besideSchema(target.loaded().location()).toAbsolutePath().normalize();
        String relative = context.workingDir().relativize(folder).toString();
        return relative.isEmpty() ? "." : relative;
    }

    /** Prisma's duration: {@code 652ms} under a second, {@code 1.23s} above. */
    public static String duration(long millis) {
        return millis < 1000 ? millis + "ms" : String.format(java.util.Locale.ROOT, "%.2fs", millis / 1000.0);
    }
}
