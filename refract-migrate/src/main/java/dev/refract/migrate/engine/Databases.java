package dev.refract.migrate.engine;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Small shared steps: which schemas to describe, what the differ sees, closing quietly. */
final class Databases {
    private Databases() {
    }

    /**
     * The schemas a description covers: the datasource's {@code schemas} when it has them, else the
     * URL's schema (PostgreSQL's {@code ?schema=}); empty elsewhere (the describer's default).
     */
    static List<String> describedNamespaces(ConnectionUrl url, List<String> datasourceSchemas) {
        if (!datasourceSchemas.isEmpty()) {
            return datasourceSchemas;
        }
        return url.schema().map(List::of).orElse(List.of());
    }

    /** The preview feature without which Prisma's differ leaves PostgreSQL extensions alone. */
    static final String EXTENSIONS_FEATURE = "postgresqlExtensions";

    /**
     * {@code schema} as the differ should see it: without extensions unless the Prisma schema manages
     * them ({@code previewFeatures = ["postgresqlExtensions"]}), so that a database's {@code plpgsql}
     * or hand-installed extensions are no difference, as with Prisma.
     */
    static SqlSchema forDiff(SqlSchema schema, boolean extensionsManaged) {
        if (extensionsManaged || schema.extensions().isEmpty()) {
            return schema;
        }
        return new SqlSchema(schema.namespaces(), schema.tables(), schema.enums(), List.of());
    }

    static boolean managesExtensions(dev.refract.schema.model.Schema schema) {
        return schema.previewFeatures().contains(EXTENSIONS_FEATURE);
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection we are done with
        }
    }
}
