package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import picocli.CommandLine.Option;

/** {@code --skip-seed}, for the commands that run the seed after resetting or creating the database. */
public final class SkipSeedOption {
    @Option(names = "--skip-seed", description = "Skip triggering seed.")
    boolean skip;

    /** Whether to seed: not skipped by the flag nor by Prisma's {@code PRISMA_MIGRATE_SKIP_SEED}. */
    public boolean seed(CliContext context) {
        return !skip && !context.env().containsKey("PRISMA_MIGRATE_SKIP_SEED");
    }
}
