package dev.refract.cli.internal;

import dev.refract.migrate.engine.MigrateEngine;
import dev.refract.migrate.engine.Project;

/** The engine's project for the database a command works on. */
public final class ProjectOf {
    private ProjectOf() {
    }

    /** The project with its shadow database resolved (a variable it names must be set). */
    public static Project of(DatabaseTarget target) {
        return Project.of(target.schema(), target.url(), target.loaded().location(), target.environment());
    }

    /** The engine for {@code migrate dev}, which needs the shadow database. */
    public static MigrateEngine withShadowDatabase(DatabaseTarget target) {
        return MigrateEngine.of(of(target));
    }

    /** The engine for the commands that need no shadow database. */
    public static MigrateEngine engine(DatabaseTarget target) {
        return MigrateEngine.of(Project.withoutShadowDatabase(target.schema(), target.url(), target.loaded().location(),
                target.environment()));
    }
}
