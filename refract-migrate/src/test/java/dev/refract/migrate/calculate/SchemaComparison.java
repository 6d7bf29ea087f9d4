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
 * Compares an expected (described) and an actual (calculated) schema table by table, column by
 * column, key by key, and lists every difference in one line each. Column order is not compared: a
 * database that lived through a migration history has its columns in the order they were added.
 */
final class SchemaComparison {
    private final List<String> mismatches = new ArrayList<>();

    private SchemaComparison() {
    }

    /** Every difference between what the database holds and what was calculated; empty when they agree. */
    static List<String> compare(SqlSchema described, SqlSchema calculated) {
        SchemaComparison c = new SchemaComparison();
        c.tables(described, calculated);
        c.named("enum", "", described.enums(), calculated.enums(), e -> key(e.namespace(), e.name()));
        return c.mismatches;
    }

    private void tables(SqlSchema described, SqlSchema calculated) {
        Map<String, Table> expected = byName(described.tables(), t -> key(t.namespace(), t.name()));
        Map<String, Table> actual = byName(calculated.tables(), t -> key(t.namespace(), t.name()));
        for (String name : union(expected, actual)) {
            Table e = expected.get(name);
            Table a = actual.get(name);
            if (e == null || a == null) {
                mismatches.add("table " + name + (e == null ? ": calculated only" : ": described only"));
                continue;
            }
            named("column", name + ".", e.columns(), a.columns(), Column::name);
            if (!Objects.equals(e.primaryKey(), a.primaryKey())) {
                mismatches.add("primary key " + name + ": described " + e.primaryKey() + ", calculated " + a.primaryKey());
            }
            named("index", name + ".", e.indexes(), a.indexes(), Index::name);
            named("foreign key", name + ".", e.foreignKeys(), a.foreignKeys(), ForeignKey::name);
        }
    }

    private <T> void named(String what, String prefix, List<T> described, List<T> calculated, Function<T, String> name) {
        Map<String, T> expected = byName(described, name);
        Map<String, T> actual = byName(calculated, name);
        for (String key : union(expected, actual)) {
            T e = expected.get(key);
            T a = actual.get(key);
            if (e == null || a == null) {
                mismatches.add(what + " " + prefix + key + (e == null ? ": calculated only " + a : ": described only " + e));
            } else if (!e.equals(a)) {
                mismatches.add(what + " " + prefix + key + ": described " + e + ", calculated " + a);
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
