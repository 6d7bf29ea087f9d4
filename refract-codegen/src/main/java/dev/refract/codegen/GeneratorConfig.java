package dev.refract.codegen;

import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Generator;
import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code refract generate}'s settings from the schema's {@code generator} blocks with
 * {@code provider = "refract-client-java"}:
 * <ul>
 * <li>{@code output}: the Java source root, relative to the schema file's folder (as Prisma resolves
 * it); default {@code src/main/java} of the project, the project being the parent of a folder named
 * {@code prisma} that holds the schema, else the schema's own folder;</li>
 * <li>{@code package}: the Java package, default {@value GeneratorOptions#DEFAULT_PACKAGE};</li>
 * <li>{@code clientName}: the facade's class name, default {@value GeneratorOptions#DEFAULT_CLIENT_NAME}
 * ({@code RefractClient} is the runtime's).</li>
 * </ul>
 * Without such a block (only Prisma's JS generators, or none) one client is generated with the
 * defaults, and {@link Target#note()} says so.
 */
public final class GeneratorConfig {
    public static final String PROVIDER = "refract-client-java";

    private GeneratorConfig() {
    }

    /** One client to generate: where, with what options, and a note for the user (or null). */
    public record Target(String generatorName, Path outputRoot, GeneratorOptions options, String note) {
    }

    /**
     * @param schemaLocation the schema file, or the folder of a multi-file schema
     * @param files          the schema's files, embedded in the generated client by file name
     */
    public static List<Target> targets(Schema schema, Path schemaLocation, boolean folder, List<SourceFile> files) {
        Path schemaDir = (folder ? schemaLocation : schemaLocation.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        List<SourceFile> embedded = files.stream()
                .map(f -> new SourceFile(Path.of(f.name()).getFileName().toString(), f.text())).toList();
        List<Target> out = new ArrayList<>();
        for (Generator g : schema.generators()) {
            if (g.provider() != null && PROVIDER.equals(g.provider().literal())) {
                Path output = g.output() != null && g.output().literal() != null
                        ? schemaDir.resolve(g.output().literal()).normalize() : defaultOutput(schemaDir);
                String pkg = g.configString("package").orElse(GeneratorOptions.DEFAULT_PACKAGE);
                String client = g.configString("clientName").orElse(GeneratorOptions.DEFAULT_CLIENT_NAME);
                out.add(new Target(g.name(), output, new GeneratorOptions(pkg, client, embedded), null));
            }
        }
        if (out.isEmpty()) {
            String others = schema.generators().isEmpty() ? "no generator block"
                    : "only generators for " + String.join(", ", schema.generators().stream()
                            .map(g -> g.provider() == null ? "?" : String.valueOf(g.provider())).toList());
            Path output = defaultOutput(schemaDir);
            out.add(new Target("(defaults)", output,
                    new GeneratorOptions(GeneratorOptions.DEFAULT_PACKAGE, GeneratorOptions.DEFAULT_CLIENT_NAME, embedded),
                    "The schema has " + others + "; using the defaults of provider \"" + PROVIDER + "\": output "
                            + output + ", package " + GeneratorOptions.DEFAULT_PACKAGE + ", clientName "
                            + GeneratorOptions.DEFAULT_CLIENT_NAME + "."));
        }
        return out;
    }

    static Path defaultOutput(Path schemaDir) {
        Path project = schemaDir.getFileName() != null && schemaDir.getFileName().toString().equals("prisma")
                && schemaDir.getParent() != null ? schemaDir.getParent() : schemaDir;
        return project.resolve("src/main/java");
    }
}
