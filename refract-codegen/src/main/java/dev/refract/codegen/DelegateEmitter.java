package dev.refract.codegen;

import dev.refract.schema.model.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;

/** A model's delegate: the read operations, and the mapper from the runtime's rows to records. */
final class DelegateEmitter {
    private DelegateEmitter() {
    }

    static String delegate(ModelView m, String packageName) {
        String r = m.type;
        String q = m.t("FindMany");
        Source s = new Source(packageName).imports("dev.refract.client.RefractClient", "dev.refract.client.RefractException",
                "dev.refract.client.query.CountQuery", "dev.refract.client.typed.ReadArgs", "dev.refract.client.typed.Rows",
                "java.util.List", "java.util.Map", "java.util.Optional", "java.util.function.Consumer");
        s.line("/** Reads of " + m.model.name() + " records, typed; the client facade hands out one per model. */");
        s.line("public final class " + m.t("Delegate") + " {",
                "    private final RefractClient client;",
                "",
                "    " + m.t("Delegate") + "(RefractClient client) {",
                "        this.client = client;",
                "    }",
                "",
                "    /** All records, with their scalar fields. */",
                "    public List<" + r + "> findMany() {",
                "        return findMany(q -> { });",
                "    }",
                "",
                "    /** The records the query's where, order and page select, shaped by include or select. */",
                "    public List<" + r + "> findMany(Consumer<" + q + "> query) {",
                "        " + q + " q = new " + q + "();",
                "        query.accept(q);",
                "        return Rows.list(client.findMany(q.args().toQuery()), " + m.t("Delegate") + "::fromRow);",
                "    }",
                "",
                "    /** The first record in the query's order, if any. */",
                "    public Optional<" + r + "> findFirst(Consumer<" + q + "> query) {",
                "        " + q + " q = new " + q + "();",
                "        query.accept(q);",
                "        return Optional.ofNullable(Rows.one(client.findFirst(q.args().toQuery()), " + m.t("Delegate") + "::fromRow));",
                "    }",
                "",
                "    /** The first record in the query's order; P2025 when there is none. */",
                "    public " + r + " findFirstOrThrow(Consumer<" + q + "> query) {",
                "        return findFirst(query).orElseThrow(() -> RefractException.notFound(\"" + m.model.name() + "\"));",
                "    }",
                "",
                "    /** The record a unique criterion identifies, with its scalar fields. */",
                "    public Optional<" + r + "> findUnique(Consumer<" + m.t("WhereUnique") + "> where) {",
                "        return findUnique(where, s -> { });",
                "    }",
                "",
                "    /** The record a unique criterion identifies, shaped by include or select. */",
                "    public Optional<" + r + "> findUnique(Consumer<" + m.t("WhereUnique") + "> where, Consumer<" + m.t("Shape") + "> shape) {",
                "        " + m.t("Shape") + " s = new " + m.t("Shape") + "();",
                "        shape.accept(s);",
                "        ReadArgs args = s.args();",
                "        args.where(" + m.t("WhereUnique") + ".filter(where));",
                "        return Optional.ofNullable(Rows.one(client.findUnique(args.toQuery()), " + m.t("Delegate") + "::fromRow));",
                "    }",
                "",
                "    /** The record a unique criterion identifies; P2025 when there is none. */",
                "    public " + r + " findUniqueOrThrow(Consumer<" + m.t("WhereUnique") + "> where) {",
                "        return findUnique(where).orElseThrow(() -> RefractException.notFound(\"" + m.model.name() + "\"));",
                "    }",
                "",
                "    /** The record a unique criterion identifies, shaped; P2025 when there is none. */",
                "    public " + r + " findUniqueOrThrow(Consumer<" + m.t("WhereUnique") + "> where, Consumer<" + m.t("Shape") + "> shape) {",
                "        return findUnique(where, shape).orElseThrow(() -> RefractException.notFound(\"" + m.model.name() + "\"));",
                "    }",
                "",
                "    /** The number of records. */",
                "    public long count() {",
                "        return count(w -> { });",
                "    }",
                "",
                "    /** The number of records that match. */",
                "    public long count(Consumer<" + m.t("Where") + "> where) {",
                "        ReadArgs args = new ReadArgs(" + m.t("Meta") + ".MODEL);",
                "        args.where(" + m.t("Where") + ".filter(where));",
                "        return ((Number) client.count(new CountQuery(args.toQuery(), false, false, List.of()))).longValue();",
                "    }",
                "");
        rowMapper(m, s);
        s.line("}");
        return s.render();
    }

    private static void rowMapper(ModelView m, Source s) {
        s.line("    /** A record from the runtime's result row: fields absent from the row were not loaded. */");
        boolean unchecked = m.scalars().stream().anyMatch(Field::isList);
        if (unchecked) {
            s.line("    @SuppressWarnings(\"unchecked\")");
        }
        s.line("    static " + m.type + " fromRow(Map<String, Object> $row) {", "        long $loaded = 0L;");
        StringBuilder args = new StringBuilder();
        for (Field f : m.fields) {
            String name = m.member(f);
            String key = "\"" + f.name() + "\"";
            String type;
            String read;
            String initial = "null";
            if (f instanceof ScalarField sf) {
                type = m.javaType(sf);
                if (m.importFor(sf) != null) {
                    s.imports(m.importFor(sf));
                }
                String element = m.boxedElement(sf);
                if (sf.type() instanceof FieldType.EnumRef) {
                    read = sf.isList()
                            ? "((List<String>) $row.get(" + key + ")).stream().map(" + element + "::fromDatabase).toList()"
                            : element + ".fromDatabase((String) $row.get(" + key + "))";
                } else {
                    read = "(" + (sf.isList() ? type : element) + ") $row.get(" + key + ")";
                }
                switch (type) {
                    case "int" -> initial = "0";
                    case "long" -> initial = "0L";
                    case "double" -> initial = "0d";
                    case "boolean" -> initial = "false";
                    default -> { }
                }
            } else {
                RelationField rf = (RelationField) f;
                type = m.javaType(rf);
                read = "Rows." + (rf.isList() ? "list" : "one") + "($row.get(" + key + "), " + m.related(rf) + "Delegate::fromRow)";
            }
            s.line("        " + type + " " + name + " = " + initial + ";",
                    "        if ($row.containsKey(" + key + ")) {",
                    "            $loaded |= 1L << " + m.bit(f) + ";",
                    "            " + name + " = " + read + ";",
                    "        }");
            args.append(name).append(", ");
        }
        s.line("        return new " + m.type + "(" + args + "$loaded);", "    }");
    }
}
