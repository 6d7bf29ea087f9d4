package dev.refract.migrate.engine;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.Objects;

/** One side of {@code migrate diff}: where a database schema comes from. */
public sealed interface DiffSource {

    /** Nothing: {@code --from-empty} / {@code --to-empty}. */
    record Empty() implements DiffSource {
    }

    /** The database schema a Prisma schema implies: {@code --from-schema F}. */
    record Datamodel(Schema schema) implements DiffSource {
        public Datamodel {
            Objects.requireNonNull(schema, "schema");
            if (schema.datasource().isEmpty()) {
                throw new IllegalArgumentException("the schema has no datasource, so its database is unknown");
            }
        }
    }

    /** A live database, described: {@code --from-url U} (or a schema's datasource). */
    record Database(ConnectionUrl url) implements DiffSource {
        public Database {
            Objects.requireNonNull(url, "url");
        }
    }

    /** What a migrations folder produces, replayed in a shadow database: {@code --from-migrations D}. */
    record MigrationsFolder(Path directory) implements DiffSource {
        public MigrationsFolder {
            Objects.requireNonNull(directory, "directory");
        }
    }
}
