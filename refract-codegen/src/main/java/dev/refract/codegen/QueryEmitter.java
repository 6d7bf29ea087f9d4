package dev.refract.codegen;

import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A model's query builders: Where, WhereUnique, OrderBy, Include, Select (both with {@code _count}), FindMany and Shape (both with omit). */
final class QueryEmitter {
    private QueryEmitter() {
    }

    static String where(ModelView m, String pkg) {
        String w = m.t("Where");
        Source s = new Source(pkg).imports("dev.refract.client.query.Filter", "dev.refract.client.typed.WhereBuilder",
                "java.util.function.Consumer");
        s.line("/**",
                " * Conditions on " + m.model.name() + " records (Prisma's {@code where}): each field method gives the filter",
                " * of the field's type; conditions given one after the other must all hold.",
                " */",
                "public final class " + w + " extends WhereBuilder<" + w + "> {",
                "",
                "    @Override",
                "    protected " + w + " newWhere() {",
                "        return new " + w + "();",
                "    }",
                "",
                "    static Filter filter(Consumer<" + w + "> where) {",
                "        return new " + w + "().build(where);",
                "    }");
        for (ScalarField f : m.scalars()) {
            String filter = filterType(m, f, w);
            s.imports("dev.refract.client.typed." + filter.substring(0, filter.indexOf('<')));
            if (m.importFor(f) != null) {
                s.imports(m.importFor(f));
            }
            String name = m.member(f);
            String constructor = filter.substring(0, filter.indexOf('<')) + "<>";
            String extra = f.isList() && f.isEnum() ? ", " + m.enumTypeLiteral(f) : "";
            s.line("");
            s.doc("    ", f.documentation(), null);
            s.line("    public " + filter + " " + name + "() {",
                    "        return new " + constructor + "(this, " + m.t("Meta") + "." + name + extra + ");",
                    "    }");
            if (f.isList() || f.type().is(ScalarKind.JSON)) {
                continue; // Prisma has no shorthand for lists and Json
            }
            s.line("",
                    "    /** Shorthand for {@code " + name + "().eq(value)}" + (f.isOptional() ? "; null tests for null" : "") + ". */",
                    "    public " + w + " " + name + "(" + m.javaType(f) + " value) {",
                    f.isOptional() ? "        return value == null ? " + name + "().isNull() : " + name + "().eq(value);"
                            : "        return " + name + "().eq(value);",
                    "    }");
        }
        for (RelationField r : m.relations()) {
            String rw = m.related(r) + "Where";
            String kind = r.isList() ? "ListRelationFilter" : "RelationFilter";
            s.imports("dev.refract.client.typed." + kind);
            s.line("");
            s.doc("    ", r.documentation(), null);
            s.line("    public " + kind + "<" + w + ", " + rw + "> " + m.member(r) + "() {",
                    "        return new " + kind + "<>(this, " + m.t("Meta") + "." + m.member(r) + ", " + rw + "::new);",
                    "    }");
        }
        s.line("}");
        return s.render();
    }

    /** The filter type of a scalar field. */
    private static String filterType(ModelView m, ScalarField f, String w) {
        if (f.isList()) {
            return "ScalarListFilter<" + w + ", " + m.boxedElement(f) + ">";
        }
        if (f.type() instanceof FieldType.EnumRef) {
            return "EnumFilter<" + w + ", " + m.boxedElement(f) + ">";
        }
        ScalarKind kind = ((FieldType.Scalar) f.type()).kind();
        switch (kind) {
            case STRING:
                return "StringFilter<" + w + ">";
            case BOOLEAN:
                return "BooleanFilter<" + w + ">";
            case JSON:
                return m.jsonPathFilters() ? "JsonFilter<" + w + ">" : "JsonEqualityFilter<" + w + ">";
            case BYTES:
                return "EqualityFilter<" + w + ", byte[]>";
            default:
                return "ComparableFilter<" + w + ", " + m.boxedElement(f) + ">";
        }
    }

    /** Unique criteria by method name: single fields by their name, compound ones as Prisma names them. */
    static Map<String, List<ScalarField>> uniqueCriteria(ModelView m) {
        Map<String, List<ScalarField>> out = new LinkedHashMap<>();
        m.model.primaryKey().ifPresent(pk -> out.putIfAbsent(criterionName(m, pk.name(), pk.scalarFields()), pk.scalarFields()));
        for (Index i : m.model.uniqueIndexes()) {
            out.putIfAbsent(criterionName(m, i.name(), i.scalarFields()), i.scalarFields());
        }
        out.values().removeIf(fields -> !fields.stream().allMatch(f -> m.fields.contains(f)));
        return out;
    }

    private static String criterionName(ModelView m, String clientName, List<ScalarField> fields) {
        if (fields.size() == 1) {
            return m.member(fields.get(0));
        }
        return clientName != null ? clientName : String.join("_", fields.stream().map(ScalarField::name).toList());
    }

    static String whereUnique(ModelView m, String pkg) {
        String u = m.t("WhereUnique");
        Source s = new Source(pkg).imports("dev.refract.client.query.Filter", "dev.refract.client.typed.UniqueBuilder",
                "dev.refract.schema.model.ScalarField", "java.util.Map", "java.util.function.Consumer");
        Map<String, List<ScalarField>> criteria = uniqueCriteria(m);
        s.line("/**",
                " * One unique criterion of " + m.model.name() + " (findUnique, cursor): "
                        + (criteria.isEmpty() ? "the model has none." : String.join(", ", criteria.keySet()) + "."),
                " * Besides the criterion, {@code and(w -> ...)} adds conditions on any field (not in a cursor).",
                " */",
                "public final class " + u + " extends UniqueBuilder {",
                "",
                "    static Filter filter(Consumer<" + u + "> where) {",
                "        " + u + " u = new " + u + "();",
                "        where.accept(u);",
                "        return u.toFilter();",
                "    }",
                "",
                "    static Map<ScalarField, Object> criterion(Consumer<" + u + "> where) {",
                "        " + u + " u = new " + u + "();",
                "        where.accept(u);",
                "        return u.values();",
                "    }");
        criteria.forEach((name, fields) -> {
            List<String> params = new ArrayList<>();
            for (ScalarField f : fields) {
                params.add(m.javaType(f) + " " + m.member(f));
                if (m.importFor(f) != null) {
                    s.imports(m.importFor(f));
                }
            }
            s.line("", "    public " + u + " " + name + "(" + String.join(", ", params) + ") {");
            for (ScalarField f : fields) {
                String value = f.type() instanceof FieldType.EnumRef ? "new EnumValue(" + m.member(f) + ".name())" : m.member(f);
                if (f.type() instanceof FieldType.EnumRef) {
                    s.imports("dev.refract.dialect.values.EnumValue");
                }
                s.line("        put(" + m.t("Meta") + "." + m.member(f) + ", " + value + ");");
            }
            s.line("        return this;", "    }");
        });
        String w = m.t("Where");
        s.line("",
                "    /**",
                "     * Further conditions the record must meet besides the criterion, as in a findMany's where",
                "     * (Prisma's WhereUniqueInput filters): {@code w -> w." + (criteria.isEmpty() ? "..." : criteria.keySet().iterator().next() + "(...)")
                        + ".and(x -> ...)}.",
                "     * Several calls add conditions that all must hold.",
                "     */",
                "    public " + u + " and(Consumer<" + w + "> condition) {",
                "        condition(" + w + ".filter(condition));",
                "        return this;",
                "    }",
                "}");
        return s.render();
    }

    static String orderBy(ModelView m, String pkg) {
        String o = m.t("OrderBy");
        Source s = new Source(pkg).imports("dev.refract.client.query.OrderBy", "dev.refract.client.typed.OrderByBuilder",
                "dev.refract.client.typed.SortField", "dev.refract.schema.model.RelationField", "java.util.List");
        s.line("/** Sort keys for " + m.model.name() + " records, in the order given: {@code o -> o.id().desc()}. */",
                "public final class " + o + " extends OrderByBuilder<" + o + "> {",
                "",
                "    " + o + "() {",
                "    }",
                "",
                "    " + o + "(List<RelationField> path, List<OrderBy> keys) {",
                "        super(path, keys);",
                "    }");
        for (ScalarField f : m.scalars()) {
            if (ModelView.sortable(f)) {
                s.line("", "    public SortField<" + o + "> " + m.member(f) + "() {",
                        "        return sort(" + m.t("Meta") + "." + m.member(f) + ");", "    }");
            }
        }
        for (RelationField r : m.relations()) {
            String name = m.member(r);
            String meta = m.t("Meta") + "." + name;
            if (r.isList()) {
                s.imports("dev.refract.client.typed.RelationCountSort");
                s.line("", "    /** By the number of related " + r.relatedModelName() + " records: {@code " + name + "()._count().desc()}. */",
                        "    public RelationCountSort<" + o + "> " + name + "() {",
                        "        return count(" + meta + ");", "    }");
            } else {
                String ro = m.related(r) + "OrderBy";
                s.imports("java.util.function.Consumer");
                s.line("", "    /** By fields of the related " + r.relatedModelName() + " record (records without one sort as nulls). */",
                        "    public " + o + " " + name + "(Consumer<" + ro + "> keys) {",
                        "        return nest(" + meta + ", " + ro + "::new, keys);", "    }");
            }
        }
        s.line("}");
        return s.render();
    }

    /** Include (relations only) or Select (scalars and relations). */
    static String shapeBuilder(ModelView m, String pkg, boolean select) {
        String c = m.t(select ? "Select" : "Include");
        String call = select ? "select" : "include";
        Source s = new Source(pkg).imports("dev.refract.client.typed.ReadArgs");
        s.line(select
                ? "/** Prisma's {@code select} on " + m.model.name() + ": only the fields named are read. */"
                : "/** Prisma's {@code include} on " + m.model.name() + ": related records to read with every scalar field. */",
                "public final class " + c + " {",
                "    private final ReadArgs args;",
                "",
                "    " + c + "(ReadArgs args) {",
                "        this.args = args;",
                "    }");
        if (select) {
            for (ScalarField f : m.scalars()) {
                s.line("", "    public " + c + " " + m.member(f) + "() {",
                        "        args.select(" + m.t("Meta") + "." + m.member(f) + ");", "        return this;", "    }");
            }
        }
        for (RelationField r : m.relations()) {
            String rel = m.related(r);
            String meta = m.t("Meta") + "." + m.member(r);
            String nested = r.isList() ? rel + "FindMany" : rel + "Shape";
            s.imports("dev.refract.client.query.ReadQuery", "java.util.function.Consumer");
            s.line("", "    /** The related " + r.relatedModelName() + (r.isList() ? " records" : " record") + ", with their scalar fields. */",
                    "    public " + c + " " + m.member(r) + "() {",
                    "        args." + call + "(" + meta + ", ReadQuery.all(" + rel + "Meta.MODEL));",
                    "        return this;",
                    "    }",
                    "",
                    "    /** The related " + r.relatedModelName() + (r.isList()
                            ? " records, filtered, ordered, paged and shaped per parent record. */"
                            : " record, shaped. */"),
                    "    public " + c + " " + m.member(r) + "(Consumer<" + nested + "> query) {",
                    "        " + nested + " nested = new " + nested + "();",
                    "        query.accept(nested);",
                    "        args." + call + "(" + meta + ", nested.args().toQuery());",
                    "        return this;",
                    "    }");
        }
        if (m.hasCounts()) {
            String cs = m.t("CountSelect");
            s.imports("java.util.function.Consumer");
            s.line("",
                    "    /** The numbers of related records of every list relation ({@code _count: true}). */",
                    "    public " + c + " _count() {",
                    "        new " + cs + "(args, " + select + ")._all();",
                    "        return this;",
                    "    }",
                    "",
                    "    /** The numbers of related records of the list relations picked: {@code _count(c -> c."
                            + m.member(m.listRelations().get(0)) + "())}. */",
                    "    public " + c + " _count(Consumer<" + cs + "> counts) {",
                    "        counts.accept(new " + cs + "(args, " + select + "));",
                    "        return this;",
                    "    }");
        }
        s.line("}");
        return s.render();
    }

    static String findMany(ModelView m, String pkg) {
        String q = m.t("FindMany");
        Source s = new Source(pkg).imports("dev.refract.client.typed.ReadArgs", "dev.refract.schema.model.ScalarField",
                "java.util.function.Consumer", "dev.refract.client.query.RelationLoadStrategy");
        s.line("/** The arguments of a read of many " + m.model.name() + " records (Prisma's findMany arguments). */",
                "public final class " + q + " {",
                "    private final ReadArgs args = new ReadArgs(" + m.t("Meta") + ".MODEL);",
                "",
                "    ReadArgs args() {",
                "        return args;",
                "    }",
                "",
                "    public " + q + " where(Consumer<" + m.t("Where") + "> where) {",
                "        args.where(" + m.t("Where") + ".filter(where));",
                "        return this;",
                "    }",
                "",
                "    /** Sort keys; several calls add keys in order. */",
                "    public " + q + " orderBy(Consumer<" + m.t("OrderBy") + "> orderBy) {",
                "        " + m.t("OrderBy") + " keys = new " + m.t("OrderBy") + "();",
                "        orderBy.accept(keys);",
                "        args.orderBy(keys.keys());",
                "        return this;",
                "    }",
                "",
                "    /** Start at the record this unique criterion identifies (inclusive). */",
                "    public " + q + " cursor(Consumer<" + m.t("WhereUnique") + "> cursor) {",
                "        args.cursor(" + m.t("WhereUnique") + ".criterion(cursor));",
                "        return this;",
                "    }",
                "",
                "    /** At most this many records; negative: the last ones in the order. */",
                "    public " + q + " take(int take) {",
                "        args.take(take);",
                "        return this;",
                "    }",
                "",
                "    public " + q + " skip(int skip) {",
                "        args.skip(skip);",
                "        return this;",
                "    }",
                "",
                "    /** Only the first record (in the order) of each combination of values of these fields. */",
                "    public " + q + " distinct(" + m.t("Field") + "... fields) {",
                "        for (ScalarField f : " + m.t("Field") + ".fields(fields)) {",
                "            args.distinct(f);",
                "        }",
                "        return this;",
                "    }",
                "",
                "    public " + q + " include(Consumer<" + m.t("Include") + "> include) {",
                "        include.accept(new " + m.t("Include") + "(args));",
                "        return this;",
                "    }",
                "",
                "    public " + q + " select(Consumer<" + m.t("Select") + "> select) {",
                "        select.accept(new " + m.t("Select") + "(args));",
                "        return this;",
                "    }",
                "",
                "    /** How included relations are loaded: one statement (JOIN) or one per level (QUERY); unset, the planner chooses. */",
                "    public " + q + " relationLoadStrategy(RelationLoadStrategy strategy) {",
                "        args.relationLoadStrategy(strategy);",
                "        return this;",
                "    }",
                "",
                "    /** Every scalar field but the ones named (Prisma's {@code omit}; with include, not with select). */",
                "    public " + q + " omit(Consumer<" + m.t("Omit") + "> omit) {",
                "        omit.accept(new " + m.t("Omit") + "(args));",
                "        return this;",
                "    }",
                "}");
        return s.render();
    }

    static String shape(ModelView m, String pkg) {
        String c = m.t("Shape");
        Source s = new Source(pkg).imports("dev.refract.client.typed.ReadArgs", "java.util.function.Consumer",
                "dev.refract.client.query.RelationLoadStrategy");
        s.line("/** The shape of one " + m.model.name() + " record read: include or select. */",
                "public final class " + c + " {",
                "    private final ReadArgs args = new ReadArgs(" + m.t("Meta") + ".MODEL);",
                "",
                "    ReadArgs args() {",
                "        return args;",
                "    }",
                "",
                "    public " + c + " include(Consumer<" + m.t("Include") + "> include) {",
                "        include.accept(new " + m.t("Include") + "(args));",
                "        return this;",
                "    }",
                "",
                "    public " + c + " select(Consumer<" + m.t("Select") + "> select) {",
                "        select.accept(new " + m.t("Select") + "(args));",
                "        return this;",
                "    }",
                "",
                "    /** How included relations are loaded: one statement (JOIN) or one per level (QUERY); unset, the planner chooses. */",
                "    public " + c + " relationLoadStrategy(RelationLoadStrategy strategy) {",
                "        args.relationLoadStrategy(strategy);",
                "        return this;",
                "    }",
                "",
                "    /** Every scalar field but the ones named (Prisma's {@code omit}; with include, not with select). */",
                "    public " + c + " omit(Consumer<" + m.t("Omit") + "> omit) {",
                "        omit.accept(new " + m.t("Omit") + "(args));",
                "        return this;",
                "    }",
                "}");
        return s.render();
    }
}
