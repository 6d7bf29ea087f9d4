package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares a described schema with a calculated one table by table, column by column, key by key,
 * and lists every difference. Column order is not compared: a database that lived through a
 * migration history has its columns in the order they were added.
 */
final class SchemaComparison {

    /** One difference: what ({@code table}, {@code column}...), where, and each side (null when missing). */
    record Mismatch(String what, String table, String name, Object described, Object calculated) {
        @Override
        public String toString() {
            String where = table == null ? name : table + "." + name;
            if (described == null) {
                return what + " " + where + ": calculated only " + calculated;
            }
            if (calculated == null) {
                return what + " " + where + ": described only " + described;
            }
            return what + " " + where + ": described " + described + ", calculated " + calculated;
        }
    }

    private final List<Mismatch> mismatches = new ArrayList<>();

    private SchemaComparison() {
    }

    /** Every difference between what the database holds and what was calculated; empty when they agree. */
    static List<Mismatch> compare(SqlSchema described, SqlSchema calculated) {
        SchemaComparison c = new SchemaComparison();
        c.tables(described, calculated);
        c.named("enum", null, described.enums(), calculated.enums(), e -> key(e.namespace(), e.name()));
        return c.mismatches;
    }

    private void tables(SqlSchema described, SqlSchema calculated) {
        Map<String, Table> expected = byName(described.tables(), t -> key(t.namespace(), t.name()));
        Map<String, Table> actual = byName(calculated.tables(), t -> key(t.namespace(), t.name()));
        for (String name : union(expected, actual)) {
            Table e = expected.get(name);
            Table a = actual.get(name);
            if (e == null || a == null) {
                mismatches.add(new Mismatch("table", null, name, e == null ? null : name, a == null ? null : name));
                continue;
            }
            named("column", name, e.columns(), a.columns(), Column::name);
            if (!Objects.equals(e.primaryKey(), a.primaryKey())) {
                mismatches.add(new Mismatch("primary key", name, "", e.primaryKey(), a.primaryKey()));
            }
            named("index", name, e.indexes(), a.indexes(), Index::name);
            named("foreign key", name, e.foreignKeys(), a.foreignKeys(), ForeignKey::name);
        }
    }

    private <T> void named(String what, String table, List<T> described, List<T> calculated, Function<T, String> name) {
        Map<String, T> expected = byName(described, name);
        Map<String, T> actual = byName(calculated, name);
        for (String key : union(expected, actual)) {
            T e = expected.get(key);
            T a = actual.get(key);
            if (!Objects.equals(e, a)) {
                mismatches.add(new Mismatch(what, table, key, e, a));
            }
        }
    }

    private static String key(String namespace, String name) {
        return namespace == null ? name : namespace + "." + name;
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new TreeMap<>();
        for (T item : items) {
            out.put(String.valueOf(name.apply(item)), item);
        }
        return out;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
