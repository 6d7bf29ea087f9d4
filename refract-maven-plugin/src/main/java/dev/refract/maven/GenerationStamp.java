package dev.refract.maven;

import dev.refract.codegen.GeneratorConfig;
import dev.refract.codegen.JavaClientGenerator;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A SHA-256 of everything the generated client depends on: the schema files (names and text, which
 * hold the generator blocks), the output folders, and the generator itself (its jar's name, size and
 * time, or its classes folder's newest file, so a new or rebuilt generator regenerates). Kept in a file under {@code target/}: when it matches
 * and every output folder exists, {@code generate} has nothing to do.
 */
final class GenerationStamp {
    private GenerationStamp() {
    }

    static String of(LoadedSchema loaded, List<GeneratorConfig.Target> targets) {
        MessageDigest digest = sha256();
        for (SourceFile file : loaded.files()) {
            update(digest, file.name());
            update(digest, file.text());
        }
        for (GeneratorConfig.Target target : targets) {
            update(digest, target.outputRoot().toAbsolutePath().normalize().toString());
            update(digest, target.options().packageName() + "/" + target.options().clientName());
        }
        update(digest, generatorFingerprint());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The stamp written by the last run, if any. */
    static Optional<String> read(Path stampFile) {
        try {
            return Files.isRegularFile(stampFile) ? Optional.of(Files.readString(stampFile).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(Path stampFile, String stamp) throws IOException {
        Files.createDirectories(stampFile.toAbsolutePath().getParent());
        Files.writeString(stampFile, stamp + "\n");
    }

    private static String generatorFingerprint() {
        CodeSource source = JavaClientGenerator.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "?";
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(path)) {
                return path + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path);
            }
            // a classes folder (the generator built in the same reactor): its newest class file
            try (Stream<Path> files = Files.walk(path)) {
                return path + ":" + files.filter(Files::isRegularFile).map(GenerationStamp::modified)
                        .max(Long::compare).orElse(0L);
            }
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0L;
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
