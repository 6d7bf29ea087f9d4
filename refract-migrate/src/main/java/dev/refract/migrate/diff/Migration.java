package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.SqlSchema;
import java.util.List;

/** The ordered steps that turn {@code from} into {@code to}; empty when the schemas agree. */
public record Migration(SqlSchema from, SqlSchema to, List<MigrationStep> steps) {

    public Migration {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
