package dev.refract.cli.internal;

import dev.refract.migrate.engine.MigrateEngine;
import dev.refract.migrate.engine.Project;

/** The engine's project for the database a command works on. */
public final class ProjectOf {
    private ProjectOf() {
    }

    public static Project of(DatabaseTarget target) {
        return Project.of(target.schema(), target.url(), target.loaded().location(), target.environment());
    }

    public static MigrateEngine engine(DatabaseTarget target) {
        return MigrateEngine.of(of(target));
    }
}
