package dev.refract.dialect.url;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a variable's value comes from: the process environment, else the first {@code .env} file
 * that sets it, in the order given (beside the schema, then the working directory).
 */
public final class Environment {
    private final Map<String, String> process;
    private final Map<String, String> files;

    private Environment(Map<String, String> process, Map<String, String> files) {
        this.process = Map.copyOf(process);
        this.files = Map.copyOf(files);
    }

    /** The process environment and the {@code .env} files in {@code folders} (missing files are skipped). */
    public static Environment load(Map<String, String> processEnvironment, List<Path> folders) {
        Map<String, String> fromFiles = new HashMap<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (folder == null || !seen.add(folder.toAbsolutePath().normalize())) {
                continue;
            }
            Map<String, String> values = DotEnv.read(folder.resolve(".env"), processEnvironment::get);
            values.forEach(fromFiles::putIfAbsent);
        }
        return new Environment(processEnvironment, fromFiles);
    }

    /** The process environment and the {@code .env} beside the schema, then the one in the working directory. */
    public static Environment forSchema(Path schemaFolder, Path workingDirectory) {
        List<Path> folders = new ArrayList<>();
        folders.add(schemaFolder);
        folders.add(workingDirectory);
        return load(System.getenv(), folders);
    }

    /** Only these values (tests, embedding). */
    public static Environment of(Map<String, String> values) {
        return new Environment(values, Map.of());
    }

    public Optional<String> get(String name) {
        String value = process.get(name);
        return Optional.ofNullable(value != null ? value : files.get(name));
    }
}
