package dev.refract.codegen;

import dev.refract.schema.diagnostics.SourceFile;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: the Java package, the client facade's class name, the schema files to embed
 * (the generated client parses them once at startup; names are file names only, so output does not
 * depend on where the generator ran) and the naming strategy.
 */
public record GeneratorOptions(String packageName, String clientName, List<SourceFile> schemaFiles,
        NamingStrategy naming) {

    public static final String DEFAULT_PACKAGE = "refract.db";
    public static final String DEFAULT_CLIENT_NAME = "Db";

    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(clientName, "clientName");
        schemaFiles = List.copyOf(schemaFiles);
        naming = naming == null ? NamingStrategy.defaults() : naming;
    }

    public GeneratorOptions(String packageName, String clientName, List<SourceFile> schemaFiles) {
        this(packageName, clientName, schemaFiles, NamingStrategy.defaults());
    }

    /** The package as a relative folder path: {@code com/acme/db}. */
    public String packagePath() {
        return packageName.replace('.', '/');
    }
}
