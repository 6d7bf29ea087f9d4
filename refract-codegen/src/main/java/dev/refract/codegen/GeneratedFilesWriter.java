package dev.refract.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files under an output root: a file whose content is unchanged is left untouched
 * (its timestamp too, so builds stay incremental), and generated files in the package folder that
 * this run did not produce are deleted. Only files that start with the do-not-edit header are ever
 * deleted; hand-written files beside them are kept.
 */
public final class GeneratedFilesWriter {
    private GeneratedFilesWriter() {
    }

    /** What a write did, by path relative to the output root, each list sorted. */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted) {
    }

    public static Result write(Path outputRoot, String packagePath, List<GeneratedFile> files) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Set<Path> produced = new HashSet<>();
        try {
            for (GeneratedFile file : files) {
                Path target = outputRoot.resolve(file.path()).normalize();
                produced.add(target);
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                    unchanged.add(file.path());
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                written.add(file.path());
            }
            Path packageDir = outputRoot.resolve(packagePath).normalize();
            if (Files.isDirectory(packageDir)) {
                try (Stream<Path> listing = Files.list(packageDir)) {
                    for (Path p : listing.sorted().toList()) {
                        if (p.toString().endsWith(".java") && !produced.contains(p) && isGenerated(p)) {
                            Files.delete(p);
                            deleted.add(outputRoot.relativize(p).toString().replace('\\', '/'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated client under " + outputRoot + ": " + e.getMessage(), e);
        }
        written.sort(null);
        unchanged.sort(null);
        return new Result(written, unchanged, deleted);
    }

    private static boolean isGenerated(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return Source.HEADER.equals(first);
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }
}
