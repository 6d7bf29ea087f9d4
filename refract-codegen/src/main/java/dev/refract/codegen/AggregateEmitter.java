package dev.refract.codegen;

import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's aggregate API: the {@code <Model>Field} enum (groupBy's by, distinct), the field pickers
 * of aggregates ({@code <Model>AggregateFields}: counts take any field, averages and sums numbers,
 * minimums and maximums orderable fields, so a wrong pick does not compile), the argument builders
 * ({@code <Model>Aggregate}, {@code <Model>GroupBy}, {@code <Model>Having}, {@code <Model>GroupOrderBy},
 * {@code <Model>Count}); {@link AggregateResultEmitter} writes the result records.
 */
final class AggregateEmitter {
    private AggregateEmitter() {
    }

    static String fieldEnum(ModelView m, String pkg) {
        String e = m.t("Field");
        Source s = new Source(pkg).imports("dev.refract.schema.model.ScalarField", "java.util.ArrayList", "java.util.List");
        s.line("/** The scalar fields of " + m.model.name() + ", for groupBy's {@code by} and for {@code distinct}. */",
                "public enum " + e + " {");
        List<ScalarField> scalars = m.scalars();
        for (int i = 0; i < scalars.size(); i++) {
            String name = m.member(scalars.get(i));
            s.line("    " + name + "(" + m.t("Meta") + "." + name + ")" + (i == scalars.size() - 1 ? ";" : ","));
        }
        s.line("",
                "    private final ScalarField field;",
                "",
                "    " + e + "(ScalarField field) {",
                "        this.field = field;",
                "    }",
                "",
                "    static List<ScalarField> fields(" + e + "[] fields) {",
                "        List<ScalarField> out = new ArrayList<>();",
                "        for (" + e + " f : fields) {",
                "            out.add(f.field);",
                "        }",
                "        return out;",
                "    }",
                "}");
        return s.render();
    }

    static String fields(ModelView m, String pkg) {
        String c = m.t("AggregateFields");
        Source s = new Source(pkg).imports("dev.refract.client.typed.AggregateFields");
        s.line("/**",
                " * Fields of " + m.model.name() + " to aggregate: {@code _count} takes any field and {@code _all()},",
                " * {@code _avg} and {@code _sum} numbers, {@code _min} and {@code _max} orderable fields.",
                " */",
                "public final class " + c + " {",
                "    private " + c + "() {",
                "    }");
        picker(m, s, "Count", "Fields to count (non-null values); {@code _all()} counts records.", m.scalars(), true);
        if (!m.numericScalars().isEmpty()) {
            picker(m, s, "Numbers", "Number fields, for {@code _avg} and {@code _sum}.", m.numericScalars(), false);
        }
        picker(m, s, "Orderable", "Orderable fields, for {@code _min} and {@code _max}.", m.orderableScalars(), false);
        s.line("}");
        return s.render();
    }

    private static void picker(ModelView m, Source s, String name, String doc, List<ScalarField> fields, boolean all) {
        s.line("",
                "    /** " + doc + " */",
                "    public static final class " + name + " extends AggregateFields<" + name + "> {",
                "        " + name + "() {",
                "        }");
        if (all) {
            s.line("", "        public " + name + " _all() {", "            return all();", "        }");
        }
        for (ScalarField f : fields) {
            s.line("", "        public " + name + " " + m.member(f) + "() {",
                    "            return add(" + m.t("Meta") + "." + m.member(f) + ");", "        }");
        }
        s.line("    }");
    }

    /** The aggregate methods shared by the Aggregate and GroupBy builders. */
    private static void selections(ModelView m, Source s, String builder) {
        String f = m.t("AggregateFields");
        s.imports("dev.refract.client.query.Aggregation", "dev.refract.client.typed.AggregateFields");
        s.line("",
                "    /**",
                "     * The number of records (Prisma's {@code _count: true}), read with {@code count()} on an aggregate's",
                "     * result ({@code _count()._all()} on a group's).",
                "     */",
                "    public " + builder + " _count() {",
                "        args.add(List.of(Aggregation.countAll()));",
                "        return this;",
                "    }");
        s.imports("java.util.List");
        selection(s, builder, "_count", "COUNT", f + ".Count", "Counts of non-null values of the fields picked, and of records ({@code _all()}).");
        if (!m.numericScalars().isEmpty()) {
            selection(s, builder, "_avg", "AVG", f + ".Numbers", "Averages of the number fields picked.");
            selection(s, builder, "_sum", "SUM", f + ".Numbers", "Sums of the number fields picked.");
        }
        selection(s, builder, "_min", "MIN", f + ".Orderable", "Minimums of the fields picked.");
        selection(s, builder, "_max", "MAX", f + ".Orderable", "Maximums of the fields picked.");
    }

    private static void selection(Source s, String builder, String name, String op, String picker, String doc) {
        s.line("",
                "    /** " + doc + " */",
                "    public " + builder + " " + name + "(Consumer<" + picker + "> fields) {",
                "        args.add(AggregateFields.of(Aggregation.Op." + op + ", " + picker + "::new, fields));",
                "        return this;",
                "    }");
    }

    /** where, orderBy, cursor, take, skip of the rows read (aggregate, count). */
    private static void readArgs(ModelView m, Source s, String builder) {
        s.line("",
                "    public " + builder + " where(Consumer<" + m.t("Where") + "> where) {",
                "        args.read().where(" + m.t("Where") + ".filter(where));",
                "        return this;",
                "    }",
                "",
                "    /** The order of the rows, for take, skip and cursor. */",
                "    public " + builder + " orderBy(Consumer<" + m.t("OrderBy") + "> orderBy) {",
                "        " + m.t("OrderBy") + " keys = new " + m.t("OrderBy") + "();",
                "        orderBy.accept(keys);",
                "        args.read().orderBy(keys.keys());",
                "        return this;",
                "    }",
                "",
                "    /** Start at the record this unique criterion identifies (inclusive). */",
                "    public " + builder + " cursor(Consumer<" + m.t("WhereUnique") + "> cursor) {",
                "        args.read().cursor(" + m.t("WhereUnique") + ".criterion(cursor));",
                "        return this;",
                "    }",
                "",
                "    /** At most this many records; negative: the last ones in the order. */",
                "    public " + builder + " take(int take) {",
                "        args.read().take(take);",
                "        return this;",
                "    }",
                "",
                "    public " + builder + " skip(int skip) {",
                "        args.read().skip(skip);",
                "        return this;",
                "    }");
    }

    private static Source builder(ModelView m, String pkg, String name, String doc) {
        Source s = new Source(pkg).imports("dev.refract.client.typed.AggregateArgs", "dev.refract.client.typed.ReadArgs",
                "java.util.function.Consumer");
        s.line(doc,
                "public final class " + name + " {",
                "    private final AggregateArgs args = new AggregateArgs(new ReadArgs(" + m.t("Meta") + ".MODEL));",
                "",
                "    AggregateArgs args() {",
                "        return args;",
                "    }");
        return s;
    }

    static String aggregate(ModelView m, String pkg) {
        String b = m.t("Aggregate");
        Source s = builder(m, pkg, b, "/** The arguments of an aggregate of " + m.model.name()
                + " records: the rows (where, order, page) and at least one aggregate. */");
        readArgs(m, s, b);
        selections(m, s, b);
        s.line("}");
        return s.render();
    }

    static String count(ModelView m, String pkg) {
        String b = m.t("Count");
        Source s = builder(m, pkg, b, "/** The arguments of a count of " + m.model.name() + " records: where, order and page. */");
        readArgs(m, s, b);
        s.line("}");
        return s.render();
    }

    static String groupBy(ModelView m, String pkg) {
        String b = m.t("GroupBy");
        Source s = builder(m, pkg, b, "/**\n * The arguments of a groupBy of " + m.model.name()
                + " records: by (at least one field), where, having, orderBy\n * (by-fields and aggregates), take, skip and the aggregates per group.\n */");
        s.line("",
                "    /** The fields whose values make a group. */",
                "    public " + b + " by(" + m.t("Field") + "... fields) {",
                "        args.by(" + m.t("Field") + ".fields(fields));",
                "        return this;",
                "    }",
                "",
                "    /** The records grouped. */",
                "    public " + b + " where(Consumer<" + m.t("Where") + "> where) {",
                "        args.read().where(" + m.t("Where") + ".filter(where));",
                "        return this;",
                "    }",
                "",
                "    /** Conditions on the groups: by-fields and aggregates. */",
                "    public " + b + " having(Consumer<" + m.t("Having") + "> having) {",
                "        " + m.t("Having") + " h = new " + m.t("Having") + "();",
                "        having.accept(h);",
                "        args.having(h.toHaving());",
                "        return this;",
                "    }",
                "",
                "    /** The order of the groups: by-fields and aggregates; several calls add keys in order. */",
                "    public " + b + " orderBy(Consumer<" + m.t("GroupOrderBy") + "> orderBy) {",
                "        " + m.t("GroupOrderBy") + " keys = new " + m.t("GroupOrderBy") + "();",
                "        orderBy.accept(keys);",
                "        args.groupOrder(keys.keys());",
                "        return this;",
                "    }",
                "",
                "    /** At most this many groups; negative: the last ones in the order. */",
                "    public " + b + " take(int take) {",
                "        args.read().take(take);",
                "        return this;",
                "    }",
                "",
                "    public " + b + " skip(int skip) {",
                "        args.read().skip(skip);",
                "        return this;",
                "    }");
        selections(m, s, b);
        s.line("}");
        return s.render();
    }

    static String having(ModelView m, String pkg) {
        String h = m.t("Having");
        Source s = new Source(pkg).imports("dev.refract.client.typed.HavingBuilder", "java.util.function.Consumer");
        s.line("/**",
                " * Conditions on the groups of a groupBy of " + m.model.name() + ": {@code h -> h.id()._count().gt(1)} compares an",
                " * aggregate, {@code where(...)} filters on by-fields; conditions given one after the other must all hold.",
                " */",
                "public final class " + h + " extends HavingBuilder<" + h + "> {",
                "",
                "    @Override",
                "    protected " + h + " newHaving() {",
                "        return new " + h + "();",
                "    }",
                "",
                "    /** A condition on by-fields (fields outside {@code by} fail when the query runs, as in Prisma). */",
                "    public " + h + " where(Consumer<" + m.t("Where") + "> where) {",
                "        return where(" + m.t("Where") + ".filter(where));",
                "    }");
        for (ScalarField f : m.orderableScalars()) {
            String type = m.boxedElement(f);
            if (m.importFor(f) != null) {
                s.imports(m.importFor(f));
            }
            String kind = ModelView.numeric(f)
                    ? "NumberHavingField<" + h + ", " + type + ", " + ModelView.averageType(f) + ">"
                    : "HavingField<" + h + ", " + type + ">";
            if (ModelView.numeric(f) && f.type().is(dev.refract.schema.model.ScalarKind.DECIMAL)) {
                s.imports("java.math.BigDecimal");
            }
            s.imports("dev.refract.client.typed." + kind.substring(0, kind.indexOf('<')));
            s.line("",
                    "    public " + kind + " " + m.member(f) + "() {",
                    "        return new " + kind.substring(0, kind.indexOf('<')) + "<>(this, " + m.t("Meta") + "." + m.member(f) + ", this::add);",
                    "    }");
        }
        s.line("}");
        return s.render();
    }

    static String groupOrderBy(ModelView m, String pkg) {
        String o = m.t("GroupOrderBy");
        String f = m.t("AggregateFields");
        Source s = new Source(pkg).imports("dev.refract.client.query.Aggregation", "dev.refract.client.typed.AggregateSort",
                "dev.refract.client.typed.OrderByBuilder", "dev.refract.client.typed.SortField", "java.util.function.Consumer");
        s.line("/**",
                " * The order of the groups of a groupBy of " + m.model.name() + ": by-fields ({@code o -> o.id().asc()}) and",
                " * aggregates ({@code o -> o._count(c -> c.id()).desc()}), in the order given.",
                " */",
                "public final class " + o + " extends OrderByBuilder<" + o + "> {",
                "",
                "    " + o + "() {",
                "    }");
        for (ScalarField sf : m.scalars()) {
            if (ModelView.sortable(sf)) {
                s.line("", "    public SortField<" + o + "> " + m.member(sf) + "() {",
                        "        return sort(" + m.t("Meta") + "." + m.member(sf) + ");", "    }");
            }
        }
        sort(s, o, "_count", "COUNT", f + ".Count");
        if (!m.numericScalars().isEmpty()) {
            sort(s, o, "_avg", "AVG", f + ".Numbers");
            sort(s, o, "_sum", "SUM", f + ".Numbers");
        }
        sort(s, o, "_min", "MIN", f + ".Orderable");
        sort(s, o, "_max", "MAX", f + ".Orderable");
        s.line("}");
        return s.render();
    }

    private static void sort(Source s, String o, String name, String op, String picker) {
        s.line("",
                "    public AggregateSort<" + o + "> " + name + "(Consumer<" + picker + "> fields) {",
                "        return aggregate(Aggregation.Op." + op + ", " + picker + "::new, fields);",
                "    }");
    }
}
