package dev.refract.codegen;

import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's aggregate results: {@code <Model>Aggregates} (an aggregate's parts, with {@code count()}
 * for Prisma's {@code _count: true}) and {@code <Model>Group} (one group of a groupBy).
 */
final class AggregateResultEmitter {
    private AggregateResultEmitter() {
    }

    static String results(ModelView m, String pkg) {
        String r = m.t("Aggregates");
        boolean numbers = !m.numericScalars().isEmpty();
        Source s = new Source(pkg).imports("dev.refract.client.typed.Rows", "java.util.Map");
        s.line("/**",
                " * The result of an aggregate of " + m.model.name() + " records, as Prisma shapes it; a part not asked for is null,",
                " * and so is a field not asked for within a part.",
                " */",
                "public record " + r + "(Counts _count" + (numbers ? ", Averages _avg, Sums _sum" : "") + ", Extremes _min, Extremes _max) {",
                "",
                "    static " + r + " fromMap(Map<String, Object> result) {",
                "        return new " + r + "(Counts.from(Rows.part(result, \"_count\")), "
                        + (numbers ? "Averages.from(Rows.part(result, \"_avg\")),\n                Sums.from(Rows.part(result, \"_sum\")), " : "")
                        + "Extremes.from(Rows.part(result, \"_min\")),",
                "                Extremes.from(Rows.part(result, \"_max\")));",
                "    }",
                "",
                "    /**",
                "     * The number of records, as Prisma's {@code _count: true} returns it: asked for by {@code _count()}",
                "     * (or {@code _count(c -> c._all())}); an IllegalStateException when it was not.",
                "     */",
                "    public long count() {",
                "        if (_count == null || _count._all() == null) {",
                "            throw new IllegalStateException(\"The number of records was not asked for: aggregate(a -> a._count())\");",
                "        }",
                "        return _count._all();",
                "    }");
        List<String> counts = new ArrayList<>();
        List<String> countReads = new ArrayList<>();
        counts.add("Integer _all");
        countReads.add("(Integer) m.get(\"_all\")");
        for (ScalarField f : m.scalars()) {
            counts.add("Integer " + m.member(f));
            countReads.add("(Integer) m.get(\"" + f.name() + "\")");
        }
        part(s, "Counts", "Per field the number of non-null values; {@code _all} the number of records.", counts, countReads);
        if (numbers) {
            List<String> avg = new ArrayList<>();
            List<String> avgReads = new ArrayList<>();
            List<String> sum = new ArrayList<>();
            List<String> sumReads = new ArrayList<>();
            for (ScalarField f : m.numericScalars()) {
                String type = ModelView.averageType(f);
                avg.add(type + " " + m.member(f));
                avgReads.add("(" + type + ") m.get(\"" + f.name() + "\")");
                sum.add(m.boxedType(f) + " " + m.member(f));
                sumReads.add(m.read(f, "m"));
                if (m.importFor(f) != null) {
                    s.imports(m.importFor(f));
                }
            }
            part(s, "Averages", "Averages: Float, Decimal for Decimal fields; null over no values.", avg, avgReads);
            part(s, "Sums", "Sums, of the field's type; null over no values.", sum, sumReads);
        }
        List<String> ext = new ArrayList<>();
        List<String> extReads = new ArrayList<>();
        for (ScalarField f : m.orderableScalars()) {
            ext.add(m.boxedType(f) + " " + m.member(f));
            extReads.add(m.read(f, "m"));
            if (m.importFor(f) != null) {
                s.imports(m.importFor(f));
            }
        }
        part(s, "Extremes", "Minimums or maximums, of the field's type; null over no values.", ext, extReads);
        s.line("}");
        return s.render();
    }

    private static void part(Source s, String name, String doc, List<String> components, List<String> reads) {
        s.line("",
                "    /** " + doc + " */",
                "    public record " + name + "(" + String.join(",\n            ", components) + ") {",
                "        static " + name + " from(Map<String, Object> m) {",
                "            return m == null ? null : new " + name + "(" + String.join(",\n                    ", reads) + ");",
                "        }",
                "    }");
    }

    static String group(ModelView m, String pkg) {
        String g = m.t("Group");
        String a = m.t("Aggregates");
        boolean numbers = !m.numericScalars().isEmpty();
        Source s = new Source(pkg).imports("dev.refract.client.typed.Rows", "java.util.Map");
        List<String> components = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        for (ScalarField f : m.scalars()) {
            components.add(m.boxedType(f) + " " + m.member(f));
            reads.add(m.read(f, "group"));
            if (m.importFor(f) != null) {
                s.imports(m.importFor(f));
            }
            if (f.isList()) {
                s.imports("java.util.List");
            }
        }
        components.add(a + ".Counts _count");
        reads.add(a + ".Counts.from(Rows.part(group, \"_count\"))");
        if (numbers) {
            components.add(a + ".Averages _avg");
            reads.add(a + ".Averages.from(Rows.part(group, \"_avg\"))");
            components.add(a + ".Sums _sum");
            reads.add(a + ".Sums.from(Rows.part(group, \"_sum\"))");
        }
        components.add(a + ".Extremes _min");
        reads.add(a + ".Extremes.from(Rows.part(group, \"_min\"))");
        components.add(a + ".Extremes _max");
        reads.add(a + ".Extremes.from(Rows.part(group, \"_max\"))");
        s.line("/**",
                " * One group of a groupBy of " + m.model.name() + " records: the by-fields' values (other fields are null)",
                " * and the aggregates asked for (null when not asked for).",
                " */",
                "public record " + g + "(" + String.join(",\n        ", components) + ") {",
                "",
                "    static " + g + " fromMap(Map<String, Object> group) {",
                "        return new " + g + "(" + String.join(",\n                ", reads) + ");",
                "    }",
                "}");
        return s.render();
    }
}
