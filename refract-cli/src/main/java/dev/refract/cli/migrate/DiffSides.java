package dev.refract.cli.migrate;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --from-...} and {@code --to-...} options of {@code migrate diff}: Prisma 7's names,
 * Prisma 6's {@code --*-url}, {@code --*-schema-datamodel} and {@code --*-schema-datasource}, and
 * Prisma 7's {@code --*-config-datasource} (here: the datasource of the project's schema).
 */
final class DiffSides {
    /** One side as given: what kind of source, and its value. */
    record Given(Kind kind, String value, String option) {
    }

    enum Kind {
        EMPTY, SCHEMA, SCHEMA_DATASOURCE, URL, MIGRATIONS, CONFIG_DATASOURCE
    }

    static final class From {
        @Option(names = "--from-empty", description = "The source is an empty schema.")
        boolean empty;
        @Option(names = {"--from-schema", "--from-schema-datamodel"}, paramLabel = "PATH",
                description = "The source is the database a Prisma schema file (or folder) describes.")
        String schema;
        @Option(names = "--from-schema-datasource", paramLabel = "PATH",
                description = "The source is the database at the datasource URL of a Prisma schema.")
        String schemaDatasource;
        @Option(names = "--from-url", paramLabel = "URL", description = "The source is the database at URL.")
        String url;
        @Option(names = "--from-migrations", paramLabel = "PATH",
                description = "The source is what a migrations folder creates (replayed in a shadow database).")
        String migrations;
        @Option(names = "--from-config-datasource",
                description = "The source is the database of the project's schema (--schema, or the default one).")
        boolean configDatasource;

        List<Given> given() {
            return DiffSides.given(empty, schema, schemaDatasource, url, migrations, configDatasource, "--from");
        }
    }

    static final class To {
        @Option(names = "--to-empty", description = "The destination is an empty schema.")
        boolean empty;
        @Option(names = {"--to-schema", "--to-schema-datamodel"}, paramLabel = "PATH",
                description = "The destination is the database a Prisma schema file (or folder) describes.")
        String schema;
        @Option(names = "--to-schema-datasource", paramLabel = "PATH",
                description = "The destination is the database at the datasource URL of a Prisma schema.")
        String schemaDatasource;
        @Option(names = "--to-url", paramLabel = "URL", description = "The destination is the database at URL.")
        String url;
        @Option(names = "--to-migrations", paramLabel = "PATH",
                description = "The destination is what a migrations folder creates (replayed in a shadow database).")
        String migrations;
        @Option(names = "--to-config-datasource",
                description = "The destination is the database of the project's schema (--schema, or the default one).")
        boolean configDatasource;

        List<Given> given() {
            return DiffSides.given(empty, schema, schemaDatasource, url, migrations, configDatasource, "--to");
        }
    }

    private DiffSides() {
    }

    private static List<Given> given(boolean empty, String schema, String schemaDatasource, String url,
            String migrations, boolean configDatasource, String prefix) {
        List<Given> given = new ArrayList<>();
        if (empty) {
            given.add(new Given(Kind.EMPTY, null, prefix + "-empty"));
        }
        if (schema != null) {
            given.add(new Given(Kind.SCHEMA, schema, prefix + "-schema"));
        }
        if (schemaDatasource != null) {
            given.add(new Given(Kind.SCHEMA_DATASOURCE, schemaDatasource, prefix + "-schema-datasource"));
        }
        if (url != null) {
            given.add(new Given(Kind.URL, url, prefix + "-url"));
        }
        if (migrations != null) {
            given.add(new Given(Kind.MIGRATIONS, migrations, prefix + "-migrations"));
        }
        if (configDatasource) {
            given.add(new Given(Kind.CONFIG_DATASOURCE, null, prefix + "-config-datasource"));
        }
        return given;
    }
}
