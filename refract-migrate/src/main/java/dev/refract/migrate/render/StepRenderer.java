package dev.refract.migrate.render;

import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.MigrationStep;
import java.util.List;

/**
 * Turns one migration step into SQL statements (without semicolons) for one database. A step may
 * render nothing. Implementations hold all of a database's DDL spelling.
 */
interface StepRenderer {

    List<String> render(MigrationStep step, Migration migration);
}
