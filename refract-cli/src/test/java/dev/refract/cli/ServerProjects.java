package dev.refract.cli;

import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** The database-specific parts of the CLI tests on PostgreSQL and MySQL/MariaDB. */
public enum ServerProjects {
    POSTGRES(DatabaseKind.POSTGRES, "postgresql") {
        @Override
        public String quote(String name) {
            return "\"" + name + "\"";
        }

        @Override
        public List<String> shadowDatabases(TestProject project) throws SQLException {
            return project.strings("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
        }

        @Override
        public List<String> tables(TestProject project) throws SQLException {
            return project.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
        }

        @Override
        public String needToReset(TestDatabase database) {
            return "We need to reset the \"public\" schema at \"";
        }
    },
    MYSQL(DatabaseKind.MYSQL, "mysql") {
        @Override
        public String quote(String name) {
            return "`" + name + "`";
        }

        @Override
        public List<String> shadowDatabases(TestProject project) throws SQLException {
            return project.strings("SELECT schema_name FROM information_schema.schemata"
                    + " WHERE schema_name LIKE 'prisma\\_migrate\\_shadow\\_db\\_%'");
        }

        @Override
        public List<String> tables(TestProject project) throws SQLException {
            return project.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " ORDER BY BINARY table_name");
        }

        @Override
        public String needToReset(TestDatabase database) {
            return "We need to reset the MySQL database \"" + database.name() + "\" at \"";
        }
    };

    private final DatabaseKind kind;
    private final String provider;

    ServerProjects(DatabaseKind kind, String provider) {
        this.kind = kind;
        this.provider = provider;
    }

    public DatabaseKind kind() {
        return kind;
    }

    public String provider() {
        return provider;
    }

    /** A project in {@code root} whose datasource is {@code database}. */
    public TestProject project(Path root, TestDatabase database) {
        return TestProject.server(root, provider, database.prismaUrl(), database.jdbcUrl(), database.user(),
                database.password());
    }

    /** An identifier quoted for raw SQL. */
    public abstract String quote(String name);

    /** The temporary shadow databases on the server now. */
    public abstract List<String> shadowDatabases(TestProject project) throws SQLException;

    /** The tables of the project's database (its default schema). */
    public abstract List<String> tables(TestProject project) throws SQLException;

    /** The start of Prisma's "We need to reset" line for the database. */
    public abstract String needToReset(TestDatabase database);
}
