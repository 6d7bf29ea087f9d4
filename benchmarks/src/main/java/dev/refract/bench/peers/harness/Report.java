package dev.refract.bench.peers.harness;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Writes a run's results: {@code latest.md} (medians and p99 per workload and peer, the ratio to raw
 * JDBC, bytes allocated per operation), {@code latest.json} (the same numbers) and {@code latest.png}
 * (bars of the ratios to raw JDBC, log scale, drawn with java.awt headless).
 */
public final class Report {
    public static final String REFERENCE = "jdbc";

    private final List<Stats> stats;
    private final String header;
    private final Map<String, Map<String, Stats>> byWorkload = new LinkedHashMap<>();
    private final Set<String> peers = new LinkedHashSet<>();

    public Report(List<Stats> stats, String header) {
        this.stats = stats;
        this.header = header;
        peers.add(REFERENCE);
        for (Stats s : stats) {
            byWorkload.computeIfAbsent(s.workload(), k -> new LinkedHashMap<>()).put(s.peer(), s);
            peers.add(s.peer());
        }
    }

    /** The ratio of a peer's median to raw JDBC's on the same workload (for the mix: JDBC's throughput over the peer's). */
    public double ratio(Stats s) {
        Stats ref = byWorkload.get(s.workload()).get(REFERENCE);
        if (ref == null) {
            return Double.NaN;
        }
        if (s.opsPerSecond() > 0 && ref.opsPerSecond() > 0) {
            return ref.opsPerSecond() / s.opsPerSecond();
        }
        return s.medianMicros() / ref.medianMicros();
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.md"), markdown());
        Files.writeString(dir.resolve("latest.json"), json());
        chart(dir.resolve("latest.png"));
    }

    public String markdown() {
        StringBuilder b = new StringBuilder(header).append("\n\n");
        b.append("Median / p99 in microseconds, and the ratio of the median to raw JDBC's (for the concurrency mix: ")
                .append("throughput in operations per second, and raw JDBC's throughput over the peer's).\n\n");
        b.append("| workload |");
        for (String p : peers) {
            b.append(' ').append(p).append(" |");
        }
        b.append("\n| --- |");
        peers.forEach(p -> b.append(" ---: |"));
        b.append('\n');
        for (Map.Entry<String, Map<String, Stats>> e : byWorkload.entrySet()) {
            b.append("| ").append(e.getKey()).append(" |");
            for (String p : peers) {
                Stats s = e.getValue().get(p);
                if (s == null) {
                    b.append(" - |");
                } else if (s.opsPerSecond() > 0) {
                    b.append(String.format(Locale.ROOT, " %.0f ops/s, p50 %s / p99 %s (%.2fx) |", s.opsPerSecond(),
                            micros(s.medianMicros()), micros(s.p99Micros()), ratio(s)));
                } else {
                    b.append(String.format(Locale.ROOT, " %s / %s (%.2fx) |", micros(s.medianMicros()), micros(s.p99Micros()), ratio(s)));
                }
            }
            b.append('\n');
        }
        b.append("\nAllocated bytes per operation (JVM peers, the measuring thread, HotSpot's per-thread counter):\n\n| workload |");
        List<String> jvm = new ArrayList<>();
        for (String p : peers) {
            if (!p.startsWith("prisma")) {
                jvm.add(p);
                b.append(' ').append(p).append(" |");
            }
        }
        b.append("\n| --- |");
        jvm.forEach(p -> b.append(" ---: |"));
        b.append('\n');
        for (Map.Entry<String, Map<String, Stats>> e : byWorkload.entrySet()) {
            if (e.getKey().startsWith("concurrency")) {
                continue;
            }
            b.append("| ").append(e.getKey()).append(" |");
            for (String p : jvm) {
                Stats s = e.getValue().get(p);
                b.append(s == null ? " - |" : " " + bytes(s.bytesPerOp()) + " |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String micros(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String bytes(long v) {
        return v >= 10_000 ? (v / 1024) + " KB" : v + " B";
    }

    public String json() {
        StringBuilder b = new StringBuilder("{\n  \"header\": ").append(quote(header)).append(",\n  \"results\": [\n");
        for (int i = 0; i < stats.size(); i++) {
            Stats s = stats.get(i);
            b.append(String.format(Locale.ROOT, "    {\"peer\": %s, \"workload\": %s, \"samples\": %d, \"medianMicros\": %.2f,"
                            + " \"p99Micros\": %.2f, \"ratioToJdbc\": %s, \"bytesPerOp\": %d%s}%s\n",
                    quote(s.peer()), quote(s.workload()), s.samples(), s.medianMicros(), s.p99Micros(), number(ratio(s)),
                    s.bytesPerOp(), s.opsPerSecond() > 0 ? String.format(Locale.ROOT, ", \"opsPerSecond\": %.1f", s.opsPerSecond()) : "",
                    i + 1 < stats.size() ? "," : ""));
        }
        return b.append("  ]\n}\n").toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static final Color[] COLORS = {new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759), new Color(0x76b7b2),
            new Color(0x59a14f), new Color(0xedc948), new Color(0xb07aa1), new Color(0x9c755f), new Color(0xff9da7)};

    /** Horizontal bars: per workload one bar per peer other than JDBC, the ratio on a log axis, 1x marked. */
    public void chart(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> others = new ArrayList<>(peers);
        others.remove(REFERENCE);
        int bar = 9;
        int group = Math.max(1, others.size()) * bar + 8;
        int left = 270;
        int width = 1100;
        int top = 56;
        int height = top + byWorkload.size() * group + 40;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        double maxLog = Math.log(64) / Math.log(2);
        double minLog = Math.log(0.5) / Math.log(2);
        int plot = width - left - 60;
        java.util.function.DoubleFunction<Integer> x = r -> left + (int) Math.round(
                (Math.max(minLog, Math.min(maxLog, Math.log(r) / Math.log(2))) - minLog) / (maxLog - minLog) * plot);
        g.setColor(Color.LIGHT_GRAY);
        for (double r = 0.5; r <= 64; r *= 2) {
            int px = x.apply(r);
            g.drawLine(px, top - 5, px, height - 30);
            g.setColor(Color.DARK_GRAY);
            g.drawString(r < 1 ? "0.5x" : (int) r + "x", px - 10, height - 15);
            g.setColor(Color.LIGHT_GRAY);
        }
        int y = top;
        for (Map.Entry<String, Map<String, Stats>> e : byWorkload.entrySet()) {
            g.setColor(Color.BLACK);
            g.drawString(e.getKey(), 5, y + group / 2);
            int by = y;
            for (int i = 0; i < others.size(); i++) {
                Stats s = e.getValue().get(others.get(i));
                if (s != null && !Double.isNaN(ratio(s))) {
                    g.setColor(COLORS[i % COLORS.length]);
                    int x0 = x.apply(0.5);
                    g.fillRect(x0, by, Math.max(1, x.apply(ratio(s)) - x0), bar - 1);
                }
                by += bar;
            }
            y += group;
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(x.apply(1), top - 5, x.apply(1), height - 30);
        int lx = 5;
        for (int i = 0; i < others.size(); i++) {
            g.setColor(COLORS[i % COLORS.length]);
            g.fillRect(lx, 12, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(others.get(i), lx + 16, 22);
            lx += 16 + g.getFontMetrics().stringWidth(others.get(i)) + 18;
        }
        g.drawString("ratio to raw JDBC (log scale, clipped at 64x; lower is faster)", left, 40);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
