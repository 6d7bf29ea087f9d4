package dev.refract.cli.migrate;

import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.migrate.history.MigrationListener;
import dev.refract.migrate.history.Migrations;
import dev.refract.migrate.history.MigrationsDirectory;
import java.io.PrintWriter;

/** The migration history of a target: its prisma/migrations folder and its database. */
final class MigrationsOf {
    private MigrationsOf() {
    }

    static Migrations of(DatabaseTarget target, MigrationListener listener) {
        return target.project().migrations(listener);
    }

    /** The migrations folder as the user sees it: relative to the working directory. */
    static String folderLabel(dev.refract.cli.CliContext context, DatabaseTarget target) {
        String folder = context.workingDir()
                .relativize(MigrationsDirectory.besideSchema(target.loaded().location()).toAbsolutePath().normalize())
                .toString();
        return folder.isEmpty() ? "." : folder;
    }

    /** Prisma's progress lines: how many migrations were found, which ones are being applied. */
    static MigrationListener printing(PrintWriter out, String folderLabel) {
        return new MigrationListener() {
            @Override
            public void migrationsFound(java.util.List<String> names) {
                out.println(names.size() + " migration" + (names.size() == 1 ? "" : "s") + " found in " + folderLabel);
                out.println();
            }

            @Override
            public void applying(String name) {
                out.println("Applying migration `" + name + "`");
            }
        };
    }
}
