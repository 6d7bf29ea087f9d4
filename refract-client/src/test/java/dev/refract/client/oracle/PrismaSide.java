package dev.refract.client.oracle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cases run through the real Prisma 7 client: a workspace with the dataset's schema, a Prisma
 * client generated there by {@code prisma generate}, and {@code runner.mts} run by the oracle's
 * {@code tsx} against the database.
 */
final class PrismaSide {
    /** The system property naming the oracle's folder (set by the {@code oracle} Maven profile). */
    static final String PROPERTY = "refract.oracle";

    private PrismaSide() {
    }

    /** Each case's outcome by name, as the runner wrote it ({@code {result}} or {@code {error: {code, name, message}}}). */
    static Map<String, JsonObject> run(Path oracleRoot, Path resources, String dataset, List<OracleCase> cases,
            String databaseUrl, Path workspace) {
        try {
            Files.createDirectories(workspace);
            Files.writeString(workspace.resolve("package.json"), "{\"private\": true, \"type\": \"module\"}\n");
            Files.writeString(workspace.resolve("prisma.config.ts"), """
                    import { defineConfig } from "prisma/config";
                    export default defineConfig({ schema: "schema.prisma" });
                    """);
            Path modules = workspace.resolve("node_modules");
            if (!Files.exists(modules)) {
                Files.createSymbolicLink(modules, oracleRoot.resolve("node_modules"));
            }
            Files.copy(resources.resolve(dataset).resolve("schema.prisma"), workspace.resolve("schema.prisma"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(resources.resolve("runner.mts"), workspace.resolve("runner.mts"), StandardCopyOption.REPLACE_EXISTING);
            JsonArray input = new JsonArray();
            cases.forEach(c -> input.add(c.toRunnerJson()));
            Files.writeString(workspace.resolve("cases.json"), input.toString());
            String seed = resources.resolve(dataset).resolve("seed.sql").toString();
            shell(oracleRoot, workspace, databaseUrl, "prisma generate --schema schema.prisma");
            shell(oracleRoot, workspace, databaseUrl, "tsx runner.mts generated cases.json '" + seed + "' results.json");
            Map<String, JsonObject> outcomes = new LinkedHashMap<>();
            for (JsonElement e : JsonParser.parseString(Files.readString(workspace.resolve("results.json"))).getAsJsonArray()) {
                outcomes.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
            }
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shell(Path oracleRoot, Path workspace, String databaseUrl, String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". '" + oracleRoot.resolve("env.sh") + "' && " + command)
                .directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", databaseUrl);
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed (" + process.exitValue() + "):\n" + output);
        }
    }
}
