package dev.refract.migrate.render;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.diff.DestructiveChanges;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.MigrationStep;
import java.util.List;

/**
 * Renders a migration as the {@code migration.sql} Prisma writes: an optional warnings comment,
 * then each step as {@code -- StepName} followed by its statements ending in {@code ;}, with a
 * blank line between steps and exactly one newline at the end.
 */
public final class MigrationRenderer {
    /** What Prisma writes for a migration without steps. */
    public static final String EMPTY_MIGRATION = "-- This is an empty migration.";

    private final StepRenderer steps;

    private MigrationRenderer(StepRenderer steps) {
        this.steps = steps;
    }

    public static MigrationRenderer of(Dialect dialect) {
        return switch (dialect.provider()) {
            case POSTGRESQL, COCKROACHDB -> new MigrationRenderer(new PostgresRenderer());
            case MYSQL -> new MigrationRenderer(new MySqlRenderer());
            case SQLITE -> new MigrationRenderer(new SqliteRenderer());
            default -> throw new IllegalArgumentException("Refract cannot render SQL for " + dialect.provider().id());
        };
    }

    /** The SQL statements of one step, without semicolons, in the order they run. */
    public List<String> statements(MigrationStep step, Migration migration) {
        return steps.render(step, migration);
    }

    /** The script with no warnings comment (what {@code migrate diff --script} prints). */
    public String script(Migration migration) {
        return script(migration, DestructiveChanges.NONE);
    }

    /** The migration file: warnings and unexecutable steps first, as a comment, then the steps. */
    public String script(Migration migration, DestructiveChanges diagnostics) {
        if (migration.isEmpty()) {
            return EMPTY_MIGRATION;
        }
        StringBuilder out = new StringBuilder();
        if (!diagnostics.isEmpty()) {
            out.append("/*\n  Warnings:\n\n");
            for (DestructiveChanges.Finding f : diagnostics.warnings()) {
                out.append("  - ").append(f.description()).append('\n');
            }
            for (DestructiveChanges.Finding f : diagnostics.unexecutable()) {
                out.append("  - ").append(f.description()).append('\n');
            }
            out.append("\n*/\n");
        }
        boolean first = true;
        for (MigrationStep step : migration.steps()) {
            List<String> statements = steps.render(step, migration);
            if (statements.isEmpty()) {
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append("-- ").append(step.description()).append('\n');
            for (String statement : statements) {
                out.append(statement).append(";\n");
            }
        }
        return out.toString();
    }
}
