package dev.refract.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default constraint names, built from database (mapped) names the PostgreSQL way and cut to
 * the database's identifier limit: {@code Table_pkey}, {@code Table_a_b_key} (unique),
 * {@code Table_a_b_idx} (index), {@code Table_a_fkey} (foreign key), {@code Table_a_df} (default).
 * Migrations use them when the schema gives no {@code map:}.
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    public static String primaryKey(String table, int maxLength) {
        return truncate(table, maxLength - 5) + "_pkey";
    }

    public static String unique(String table, List<String> columns, int maxLength) {
        return truncate(table + "_" + String.join("_", columns), maxLength - 4) + "_key";
    }

    public static String index(String table, List<String> columns, int maxLength) {
        return truncate(table + "_" + String.join("_", columns), maxLength - 4) + "_idx";
    }

    public static String foreignKey(String table, List<String> columns, int maxLength) {
        return truncate(table + "_" + String.join("_", columns), maxLength - 5) + "_fkey";
    }

    public static String defaultValue(String table, String column, int maxLength) {
        return truncate(table + "_" + column, maxLength - 3) + "_df";
    }

    /** The name of an index or unique constraint: its {@code map:} when given, else the default. */
    public static String of(Model model, Index index, int maxLength) {
        if (index.map() != null) {
            return index.map();
        }
        String table = model.databaseName();
        List<String> columns = index.fields().stream().map(f -> f.field().databaseName()).toList();
        return index.isUnique() ? unique(table, columns, maxLength) : index(table, columns, maxLength);
    }

    /** Cuts {@code s} to less than {@code limit} UTF-8 bytes, at a character boundary, as Prisma does. */
    private static String truncate(String s, int limit) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < limit) {
            return s;
        }
        int end = limit;
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
