package dev.refract.client.oracle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A dataset's catalog: {@code cases/*.json} under the dataset's folder, each a JSON array of
 * {@code {name, model, action, args, expectError?, afterPrevious?}}, read in file-name order. Case
 * names are unique within the dataset. The dataset is re-seeded before the first case and before each
 * case that follows a write, unless the case says {@code "afterPrevious": true} (it checks what the
 * write before it left, e.g. that a failed batch rolled back).
 */
final class Catalog {
    private Catalog() {
    }

    static List<OracleCase> load(Path datasetDir) {
        List<OracleCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(datasetDir.resolve("cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonArray entries = JsonParser.parseString(Files.readString(file)).getAsJsonArray();
                for (JsonElement entry : entries) {
                    JsonObject o = entry.getAsJsonObject();
                    String name = o.get("name").getAsString();
                    if (!names.add(name)) {
                        throw new IllegalStateException("duplicate case name " + name + " in " + file);
                    }
                    JsonObject args = o.has("args") ? o.getAsJsonObject("args") : new JsonObject();
                    String model = o.has("model") && !o.get("model").isJsonNull() ? o.get("model").getAsString() : null;
                    String expect = o.has("expectError") ? o.get("expectError").getAsString() : null;
                    boolean keep = o.has("afterPrevious") && o.get("afterPrevious").getAsBoolean();
                    cases.add(new OracleCase(file.getFileName().toString(), name, model, o.get("action").getAsString(),
                            args, expect, keep));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<OracleCase> flagged = new ArrayList<>();
        boolean dirty = true;
        for (OracleCase c : cases) {
            boolean keep = c.reset();
            flagged.add(c.withReset(dirty && !keep));
            dirty = c.writes() || (dirty && keep);
        }
        return flagged;
    }
}
