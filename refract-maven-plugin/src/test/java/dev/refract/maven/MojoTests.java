package dev.refract.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A tiny project on disk and a log that remembers what the goal said. */
final class MojoTests {
    static final String SCHEMA = String.join("\n",
            "generator client {",
            "  provider = \"refract-client-java\"",
            "  output   = \"../target/generated-sources/refract\"",
            "  package  = \"com.example.db\"",
            "}",
            "",
            "datasource db {",
            "  provider = \"sqlite\"",
            "  url      = env(\"DATABASE_URL\")",
            "}",
            "",
            "model Note {",
            "  id   Int    @id @default(autoincrement())",
            "  text String",
            "}",
            "");

    private MojoTests() {
    }

    static Path project(Path dir, String schema) throws IOException {
        Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(dir.resolve("prisma/schema.prisma"), schema);
        return dir;
    }

    static <M extends SchemaMojo> M configure(M mojo, Path basedir, Map<String, String> env, Log log) {
        mojo.basedir = basedir.toFile();
        mojo.environment = env;
        mojo.setLog(log);
        return mojo;
    }

    /** Remembers info and warn lines. */
    static final class Log extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
