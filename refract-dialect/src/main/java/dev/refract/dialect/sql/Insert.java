package dev.refract.dialect.sql;

import java.util.List;

/**
 * {@code INSERT INTO table (columns) VALUES (...), (...)} with an optional conflict clause and
 * RETURNING columns (rendered only where the database supports it; the executor falls back to
 * generated keys otherwise).
 */
public record Insert(TableRef table, List<String> columns, List<List<Expr>> rows, OnConflict onConflict,
        List<String> returning) {

    public Insert {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        returning = List.copyOf(returning);
    }

    /** What to do when a row violates a unique constraint. */
    public sealed interface OnConflict {
        /** Skip conflicting rows ({@code ON CONFLICT DO NOTHING} / {@code INSERT IGNORE}). */
        record DoNothing() implements OnConflict {
        }

        /** Update on conflict on {@code target} columns ({@code ON CONFLICT (..) DO UPDATE} / {@code ON DUPLICATE KEY UPDATE}). */
        record DoUpdate(List<String> target, List<Update.Assignment> set) implements OnConflict {
            public DoUpdate {
                target = List.copyOf(target);
                set = List.copyOf(set);
            }
        }
    }
}
