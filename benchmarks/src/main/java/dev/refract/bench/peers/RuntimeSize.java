package dev.refract.bench.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an application ships to run each client, in bytes. Refract: the jars of refract-client and its
 * runtime dependencies, a fixed list mirroring the modules' poms (refract-client, refract-schema,
 * refract-dialect from the reactor's {@code target/}; HikariCP, slf4j-api and the three JDBC drivers
 * refract-dialect brings, with pgjdbc's checker-qual, from {@code ~/.m2} at the versions the parent pom
 * names). Prisma 7: the
 * {@code @prisma/client} package on disk, the parts it loads for PostgreSQL, the generated client, the
 * driver adapter and {@code pg}, from the oracle.
 */
final class RuntimeSize {
    /** One file or folder and its size; {@code bytes < 0}: not found. */
    record Part(String name, long bytes) {
    }

    private RuntimeSize() {
    }

    static List<Part> refract(Path root) throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        List<Part> parts = new ArrayList<>();
        for (String module : List.of("refract-client", "refract-schema", "refract-dialect")) {
            parts.add(new Part(module, moduleJar(root.resolve(module).resolve("target"), module).map(RuntimeSize::size).orElse(-1L)));
        }
        parts.add(mavenJar(m2, "com.zaxxer", "HikariCP", property(pom, "hikaricp.version")));
        parts.add(mavenJar(m2, "org.slf4j", "slf4j-api", property(pom, "slf4j.version")));
        String pgjdbc = property(pom, "postgresql.version");
        parts.add(mavenJar(m2, "org.postgresql", "postgresql", pgjdbc));
        // pgjdbc's one runtime dependency, at the version its pom names
        Path pgPom = m2.resolve("org/postgresql/postgresql").resolve(pgjdbc).resolve("postgresql-" + pgjdbc + ".pom");
        Matcher checker = Pattern.compile("<artifactId>checker-qual</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.isRegularFile(pgPom) ? Files.readString(pgPom) : "");
        parts.add(mavenJar(m2, "org.checkerframework", "checker-qual", checker.find() ? checker.group(1) : "?"));
        parts.add(mavenJar(m2, "org.xerial", "sqlite-jdbc", property(pom, "sqlite-jdbc.version")));
        parts.add(mavenJar(m2, "org.mariadb.jdbc", "mariadb-java-client", property(pom, "mariadb-java-client.version")));
        return parts;
    }

    static List<Part> prisma(Path oracle, Path work) throws IOException {
        Path modules = oracle.resolve("node_modules");
        Path runtime = modules.resolve("@prisma/client/runtime");
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("@prisma/client package (all databases, on disk)", size(modules.resolve("@prisma/client"))));
        parts.add(new Part("runtime client.mjs", size(runtime.resolve("client.mjs"))));
        parts.add(new Part("PostgreSQL query compiler (wasm, base64)",
                size(runtime.resolve("query_compiler_fast_bg.postgresql.wasm-base64.mjs"))
                        + size(runtime.resolve("query_compiler_fast_bg.postgresql.mjs"))));
        parts.add(new Part("generated client (this model)", size(work.resolve("generated/orm"))));
        long adapter = size(modules.resolve("@prisma/adapter-pg")) + size(modules.resolve("@prisma/driver-adapter-utils"));
        try (Stream<Path> pg = Files.list(modules)) {
            for (Path p : pg.filter(p -> p.getFileName().toString().equals("pg") || p.getFileName().toString().startsWith("pg-"))
                    .toList()) {
                adapter += size(p);
            }
        }
        parts.add(new Part("@prisma/adapter-pg + pg", adapter));
        return parts;
    }

    private static Optional<Path> moduleJar(Path target, String module) throws IOException {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(module + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar") && !n.endsWith("-tests.jar")
                        && !n.endsWith("-javadoc.jar");
            }).findFirst();
        }
    }

    private static Part mavenJar(Path m2, String group, String artifact, String version) {
        Path jar = m2.resolve(group.replace('.', '/')).resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".jar");
        return new Part(artifact + " " + version, Files.isRegularFile(jar) ? size(jar) : -1);
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        return m.find() ? m.group(1).trim() : "?";
    }

    /** A file's size, or the sum of a folder's files (not following links); 0 when missing. */
    static long size(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
