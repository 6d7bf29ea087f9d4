package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.codegen.GeneratedFilesWriter;
import dev.refract.codegen.GeneratorConfig;
import dev.refract.codegen.JavaClientGenerator;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.model.Schema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the Java client generator for every target of a validated schema and prints Prisma's
 * "Generated ..." lines: what {@code refract generate} does, and what {@code migrate dev},
 * {@code migrate reset} and {@code db push} do afterwards unless told to skip it.
 */
public final class ClientGeneration {
    private ClientGeneration() {
    }

    /** Generates and reports; returns the targets generated, first one first. */
    public static List<GeneratorConfig.Target> run(CliContext context, LoadedSchema loaded, Schema resolved,
            PrintWriter out) {
        List<GeneratorConfig.Target> targets = GeneratorConfig.targets(resolved, loaded.location(), loaded.folder(),
                loaded.files());
        for (GeneratorConfig.Target target : targets) {
            if (target.note() != null) {
                out.println(target.note());
                out.println();
            }
            long start = System.nanoTime();
            JavaClientGenerator.Written generated = JavaClientGenerator.generateInto(resolved, target.outputRoot(),
                    target.options());
            GeneratedFilesWriter.Result written = generated.result();
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println("\u2714 Generated Refract Client (Java) to " + display(context, target.outputRoot())
                    + " in package " + target.options().packageName() + " in " + millis + "ms");
            out.println("  " + generated.files() + " files: " + written.written().size() + " written, "
                    + written.unchanged().size() + " unchanged, " + written.deleted().size() + " removed");
        }
        return targets;
    }

    private static String display(CliContext context, Path path) {
        Path relative = context.workingDir().relativize(path.toAbsolutePath().normalize());
        String text = relative.toString().replace('\\', '/');
        return text.startsWith("..") || relative.isAbsolute() ? path.toString() : "./" + text;
    }
}
