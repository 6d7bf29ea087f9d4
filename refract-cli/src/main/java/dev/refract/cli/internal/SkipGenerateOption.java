package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --skip-generate}: as Prisma's, the commands that change the database ({@code migrate dev},
 * {@code migrate reset}, {@code db push}) run the Java client generator afterwards, unless this flag
 * (or Prisma's {@code PRISMA_MIGRATE_SKIP_GENERATE}) is set.
 */
public final class SkipGenerateOption {
    @Option(names = "--skip-generate", description = "Do not run the Java client generator afterwards.")
    boolean skip;

    /** Generates the client for the target's schema unless generate is skipped. */
    public void generate(CliContext context, DatabaseTarget target, PrintWriter out) {
        if (!skip && !context.env().containsKey("PRISMA_MIGRATE_SKIP_GENERATE")) {
            out.println();
            ClientGeneration.run(context, target.loaded(), target.schema(), out);
        }
    }
}
