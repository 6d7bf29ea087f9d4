package dev.refract.migrate.history;

import dev.refract.testkit.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A PostgreSQL schema as lines of text (columns, indexes, constraints, enums), to compare two databases. */
final class Catalog {
    private Catalog() {
    }

    static List<String> of(TestDatabase database) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(Rows.strings(database, "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type"
                + " || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1"));
        lines.addAll(Rows.strings(database, "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
                + " AND tablename <> '_prisma_migrations' ORDER BY 1"));
        lines.addAll(Rows.strings(database, "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' '"
                + " || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
                + " AND conrelid <> '_prisma_migrations'::regclass ORDER BY 1"));
        lines.addAll(Rows.strings(database, "SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ','"
                + " ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname"
                + " ORDER BY 1"));
        return lines;
    }
}
