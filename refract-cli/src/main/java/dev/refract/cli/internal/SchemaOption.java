package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.SchemaFiles;
import picocli.CommandLine.Option;

/** {@code --schema PATH}, shared by every command that reads a schema. */
public final class SchemaOption {
    @Option(names = "--schema", paramLabel = "PATH",
            description = {"Schema file, or folder of .prisma files (read recursively).",
                "Default: schema.prisma, else prisma/schema.prisma."})
    String path;

    /** Finds and reads the schema; failures are one-line SchemaLoadExceptions. */
    public LoadedSchema load(CliContext context) {
        return SchemaFiles.load(context.workingDir(), path);
    }
}
