package dev.refract.codegen;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources plus extra classes with javac (javax.tools) against the test class path. */
final class TestCompiler {
    /** The outcome: whether it compiled, javac's errors, and where the classes are. */
    record Result(boolean success, List<String> errors, Path classes) {
        ClassLoader loader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, TestCompiler.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private TestCompiler() {
    }

    /**
     * @param root     a fresh folder to write sources and classes under
     * @param generated the generated files
     * @param extra    more sources by path relative to the source root
     */
    static Result compile(Path root, List<GeneratedFile> generated, Map<String, String> extra) throws IOException {
        Path src = root.resolve("src");
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (GeneratedFile f : generated) {
            files.add(write(src.resolve(f.path()), f.content()));
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            files.add(write(src.resolve(e.getKey()), e.getValue()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all,-serial,-processing", "-Werror",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    String where = d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
                    errors.add(where + d.getMessage(Locale.ROOT));
                }
            }
            return new Result(ok, errors, classes);
        }
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
