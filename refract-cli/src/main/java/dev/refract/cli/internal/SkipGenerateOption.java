package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --skip-generate}: Prisma's commands that change the database run the client generators
 * afterwards. Refract's Java client generator is not built yet, so they print a one-line note
 * instead, unless this flag (or Prisma's {@code PRISMA_MIGRATE_SKIP_GENERATE}) is set.
 */
public final class SkipGenerateOption {
    public static final String NOTE = "Skipped generate: the Refract Java client generator is not available yet.";

    @Option(names = "--skip-generate", description = "Skip triggering generators (the Java client generator is not"
            + " available yet: without this flag a note says so).")
    boolean skip;

    /** Prints the note unless generate is skipped. */
    public void generate(CliContext context, PrintWriter out) {
        if (!skip && !context.env().containsKey("PRISMA_MIGRATE_SKIP_GENERATE")) {
            out.println();
            out.println(NOTE);
        }
    }
}
