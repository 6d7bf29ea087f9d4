package dev.refract.codegen;

import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;

/**
 * A model's write data: {@code <Model>CreateData} and {@code <Model>UpdateData}, typed setters per
 * scalar field, atomic number operations in updates, scalar lists (set; {@code push} in updates),
 * Json values (with Prisma's DbNull/JsonNull), nested writes per relation field.
 */
final class WriteEmitter {
    private WriteEmitter() {
    }

    static String data(ModelView m, String packageName, boolean update) {
        String self = m.t(update ? "UpdateData" : "CreateData");
        Source s = new Source(packageName).imports("dev.refract.client.typed.WriteBuilder");
        if (update) {
            s.line("/**",
                    " * The data of a " + m.model.name() + " update: the fields to set, atomic number operations",
                    " * ({@code d.id().increment(1)}), and nested writes on relations.",
                    " */");
        } else {
            s.line("/**",
                    " * The data of a " + m.model.name() + " create: the fields to set and nested writes on relations.",
                    " * Required fields without a default must be set (P2009 when the create is built otherwise).",
                    " */");
        }
        s.line("public final class " + self + " extends WriteBuilder {",
                "",
                "    " + self + "() {",
                "        super(" + m.t("Meta") + ".MODEL);",
                "    }");
        for (ScalarField f : m.scalars()) {
            String name = m.member(f);
            String type = m.javaType(f);
            if (m.importFor(f) != null) {
                s.imports(m.importFor(f));
            }
            if (f.isList()) {
                list(m, s, f, self, update);
                continue;
            }
            if (f.type().is(ScalarKind.JSON)) {
                s.imports("dev.refract.client.Json");
                s.line("");
                s.doc("    ", f.documentation(), "Sets {@code " + f.name() + "} to a JSON value (null: JSON null, as Prisma).");
                s.line("    public " + self + " " + name + "(Json " + name + ") {",
                        "        setJson(" + m.t("Meta") + "." + name + ", " + name + ");",
                        "        return this;",
                        "    }",
                        "",
                        "    /** Sets {@code " + f.name() + "} to SQL NULL ({@code Json.DB_NULL}) or JSON null ({@code Json.JSON_NULL}). */",
                        "    public " + self + " " + name + "(Json.Null " + name + ") {",
                        "        setJson(" + m.t("Meta") + "." + name + ", " + name + ");",
                        "        return this;",
                        "    }");
                continue;
            }
            String value = name;
            if (f.type() instanceof FieldType.EnumRef) {
                s.imports("dev.refract.dialect.values.EnumValue");
                value = name + " == null ? null : new EnumValue(" + name + ".name())";
            }
            s.line("");
            s.doc("    ", f.documentation(), "Sets {@code " + f.name() + "}.");
            s.line("    public " + self + " " + name + "(" + type + " " + name + ") {",
                    "        set(" + m.t("Meta") + "." + name + ", " + value + ");",
                    "        return this;",
                    "    }");
            if (update && numeric(f)) {
                s.imports("dev.refract.client.typed.NumberWrite");
                s.line("",
                        "    /** {@code " + f.name() + "}: set it or change it atomically (increment, decrement, multiply, divide). */",
                        "    public NumberWrite<" + self + ", " + m.boxedElement(f) + "> " + name + "() {",
                        "        return new NumberWrite<>(this, " + m.t("Meta") + "." + name + ");",
                        "    }");
            }
        }
        for (RelationField r : m.relations()) {
            String name = m.member(r);
            String rel = m.related(r);
            s.imports("java.util.function.Consumer");
            String kind;
            String make;
            if (update) {
                s.imports("dev.refract.client.typed.RelationUpdate");
                kind = "RelationUpdate<" + rel + "CreateData, " + rel + "WhereUnique, " + rel + "UpdateData, " + rel + "Where>";
                make = "new RelationUpdate<>(" + m.t("Meta") + "." + name + ", " + rel + "CreateData::new, " + rel
                        + "WhereUnique::new, " + rel + "UpdateData::new, " + rel + "Where::new)";
            } else {
                s.imports("dev.refract.client.typed.RelationCreate");
                kind = "RelationCreate<" + rel + "CreateData, " + rel + "WhereUnique>";
                make = "new RelationCreate<>(" + m.t("Meta") + "." + name + ", " + rel + "CreateData::new, " + rel
                        + "WhereUnique::new)";
            }
            s.line("",
                    "    /** Nested writes on the related " + rel + (r.isList() ? " records" : " record") + " ({@code " + r.name() + "}). */",
                    "    public " + self + " " + name + "(Consumer<" + kind + "> writes) {",
                    "        " + kind + " w = " + make + ";",
                    "        writes.accept(w);",
                    "        nested(" + m.t("Meta") + "." + name + ", w.writes());",
                    "        return this;",
                    "    }");
        }
        s.line("}");
        return s.render();
    }

    private static void list(ModelView m, Source s, ScalarField f, String self, boolean update) {
        String name = m.member(f);
        String element = m.boxedElement(f);
        String enumType = m.enumTypeLiteral(f);
        s.imports("java.util.List");
        s.line("");
        s.doc("    ", f.documentation(), "Sets the list {@code " + f.name() + "}.");
        s.line("    public " + self + " " + name + "(List<" + element + "> " + name + ") {",
                "        setList(" + m.t("Meta") + "." + name + ", " + enumType + ", " + name + ");",
                "        return this;",
                "    }");
        if (update) {
            s.imports("dev.refract.client.typed.ListWrite");
            s.line("",
                    "    /** {@code " + f.name() + "}: set the list or push values onto it. */",
                    "    public ListWrite<" + self + ", " + element + "> " + name + "() {",
                    "        return new ListWrite<>(this, " + m.t("Meta") + "." + name + ", " + enumType + ");",
                    "    }");
        }
    }

    private static boolean numeric(ScalarField f) {
        return f.type().is(ScalarKind.INT) || f.type().is(ScalarKind.BIG_INT) || f.type().is(ScalarKind.FLOAT)
                || f.type().is(ScalarKind.DECIMAL);
    }
}
