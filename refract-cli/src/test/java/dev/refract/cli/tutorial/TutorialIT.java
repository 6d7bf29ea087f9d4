package dev.refract.cli.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 2 of issue 7: the README's Tutorial, run as written. Its {@code sh} blocks are taken
 * from README.md in order: the first (which sets {@code REFRACT_JAR}) from the repository root, the
 * others from an empty temporary folder, with {@code refract} on the PATH as the tutorial asks.
 * Runs after {@code package} (failsafe), when {@code refract.jar} exists.
 */
class TutorialIT {
    private static final Pattern SH = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theTutorialRunsAsWritten() throws Exception {
        Path root = repositoryRoot();
        List<String> blocks = blocks(Files.readString(root.resolve("README.md")));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
        assertThat(blocks.get(0)).contains("REFRACT_JAR");

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("refract"), root.resolve("bin/refract"));
        Path work = Files.createDirectories(dir.resolve("work"));
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        script.append("cd '").append(root).append("'\n").append(blocks.get(0)).append('\n');
        script.append("cd '").append(work).append("'\n");
        for (String block : blocks.subList(1, blocks.size())) {
            script.append(block).append('\n');
        }
        Path file = dir.resolve("tutorial.sh");
        Files.writeString(file, script);

        ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("DATABASE_URL");
        env.put("PATH", bin + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Your Prisma schema was created at prisma/schema.prisma")
                .contains("prisma/migrations/")
                .contains("Generated Refract Client (Java)")
                .contains("Created user 1; users: 1, first: Ann");
        Path project = work.resolve("hello-refract");
        assertThat(project.resolve("src/main/java/refract/db/Db.java")).exists();
        assertThat(project.resolve("prisma/dev.db")).exists();
        try (var migrations = Files.list(project.resolve("prisma/migrations"))) {
            assertThat(migrations.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("_init"));
        }
    }

    /** The sh blocks of the README's "## Tutorial" section, un-indented. */
    static List<String> blocks(String readme) {
        int start = readme.indexOf("\n## Tutorial\n");
        assertThat(start).as("README has a Tutorial section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> blocks = new ArrayList<>();
        Matcher m = SH.matcher(section);
        while (m.find()) {
            String block = m.group(1);
            String[] lines = block.split("\n", -1);
            int indent = lines[0].length() - lines[0].stripLeading().length();
            StringBuilder out = new StringBuilder();
            for (String line : lines) {
                out.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.stripLeading())
                        .append('\n');
            }
            blocks.add(out.toString());
        }
        return blocks;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("bin/refract"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
