package dev.refract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratios of {@link ClientBenchmark}'s results to raw JDBC as a markdown table, from JMH's
 * CSV output ({@code -rf csv}): for each workload, each variant's mean time over the
 * {@code <workload>_jdbc} mean, with an error from both confidence intervals (relative errors added
 * in quadrature).
 */
public final class Ratios {
    private Ratios() {
    }

    record Result(double score, double error) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Result>> byWorkload = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String name = cells[0].replace("\"", "");
            if (!name.contains(".ClientBenchmark.") || cells.length > 7) {
                continue;
            }
            String method = name.substring(name.lastIndexOf('.') + 1);
            int cut = method.indexOf('_');
            if (cut < 0) {
                continue;
            }
            byWorkload.computeIfAbsent(method.substring(0, cut), k -> new LinkedHashMap<>())
                    .put(method.substring(cut + 1), new Result(Double.parseDouble(cells[4]), parse(cells[5])));
        }
        if (byWorkload.isEmpty()) {
            return;
        }
        System.out.println("| workload | raw JDBC (µs/op) | variant | Refract (µs/op) | ratio to JDBC |");
        System.out.println("| --- | ---: | --- | ---: | ---: |");
        for (Map.Entry<String, Map<String, Result>> w : byWorkload.entrySet()) {
            Result jdbc = w.getValue().get("jdbc");
            if (jdbc == null) {
                continue;
            }
            for (Map.Entry<String, Result> v : w.getValue().entrySet()) {
                if (v.getKey().equals("jdbc")) {
                    continue;
                }
                Result r = v.getValue();
                double ratio = r.score() / jdbc.score();
                double error = ratio * Math.hypot(rel(r), rel(jdbc));
                System.out.println(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %s | %.1f ± %.1f | %.2f ± %.2f |",
                        w.getKey(), jdbc.score(), jdbc.error(), v.getKey(), r.score(), r.error(), ratio, error));
            }
        }
    }

    private static double rel(Result r) {
        return Double.isNaN(r.error()) ? 0 : r.error() / r.score();
    }

    private static double parse(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
