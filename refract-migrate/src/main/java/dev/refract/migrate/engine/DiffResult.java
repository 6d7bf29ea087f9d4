package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.render.MigrationRenderer;

/** The outcome of {@code migrate diff}: the steps from one schema to the other, on one database. */
public record DiffResult(Migration migration, Dialect dialect) {

    public boolean isEmpty() {
        return migration.isEmpty();
    }

    /** The SQL script ({@code --script}), without a warnings comment, as Prisma prints it. */
    public String script() {
        return MigrationRenderer.of(dialect).script(migration);
    }

    /** The human summary (the default output), or {@code No difference detected.} */
    public String summary() {
        return DriftSummary.render(migration);
    }
}
