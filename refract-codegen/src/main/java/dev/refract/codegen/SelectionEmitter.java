package dev.refract.codegen;

import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * The parts of a read's shape besides fields and relations: relation counts ({@code _count}: the
 * picker {@code <Model>CountSelect} and the result {@code <Model>RelationCounts}, for models with list
 * relations) and {@code omit} ({@code <Model>Omit}, scalar fields only).
 */
final class SelectionEmitter {
    private SelectionEmitter() {
    }

    /** The {@code _count} picker: one method per list relation, with an optional filter on the related records. */
    static String countSelect(ModelView m, String pkg) {
        String c = m.t("CountSelect");
        Source s = new Source(pkg).imports("dev.refract.client.query.Filter", "dev.refract.client.typed.ReadArgs",
                "java.util.function.Consumer");
        s.line("/** The list relations of " + m.model.name() + " whose related records {@code _count} counts: {@code c -> c."
                + m.member(m.listRelations().get(0)) + "()}. */",
                "public final class " + c + " {",
                "    private final ReadArgs args;",
                "    private final boolean select;",
                "",
                "    " + c + "(ReadArgs args, boolean select) {",
                "        this.args = args;",
                "        this.select = select;",
                "    }",
                "",
                "    /** Every list relation (no field can be named so). */",
                "    " + c + " _all() {");
        for (RelationField r : m.listRelations()) {
            s.line("        " + m.member(r) + "();");
        }
        s.line("        return this;", "    }");
        for (RelationField r : m.listRelations()) {
            String name = m.member(r);
            String meta = m.t("Meta") + "." + name;
            s.line("",
                    "    /** The number of related " + r.relatedModelName() + " records. */",
                    "    public " + c + " " + name + "() {",
                    "        args.count(" + meta + ", Filter.ALL, select);",
                    "        return this;",
                    "    }",
                    "",
                    "    /** The number of related " + r.relatedModelName() + " records that match {@code where}. */",
                    "    public " + c + " " + name + "(Consumer<" + m.related(r) + "Where> where) {",
                    "        args.count(" + meta + ", " + m.related(r) + "Where.filter(where), select);",
                    "        return this;",
                    "    }");
        }
        s.line("}");
        return s.render();
    }

    /** The result of {@code _count}: one Integer per list relation, null (throwing) when not counted. */
    static String relationCounts(ModelView m, String pkg) {
        String c = m.t("RelationCounts");
        List<RelationField> lists = m.listRelations();
        Source s = new Source(pkg).imports("dev.refract.client.FieldNotLoadedException", "dev.refract.client.typed.Rows",
                "java.util.Map");
        s.line("/**",
                " * The numbers of related records of a " + m.model.name() + " that the query counted ({@code _count}).",
                " * The accessor of a relation the query did not count throws {@link FieldNotLoadedException}.",
                " */",
                "public record " + c + "(");
        for (int i = 0; i < lists.size(); i++) {
            s.line("        Integer " + m.member(lists.get(i)) + (i < lists.size() - 1 ? "," : ") {"));
        }
        for (RelationField r : lists) {
            String name = m.member(r);
            s.line("",
                    "    @Override",
                    "    public Integer " + name + "() {",
                    "        if (" + name + " == null) {",
                    "            throw new FieldNotLoadedException(\"" + m.model.name() + "._count\", \"" + r.name() + "\");",
                    "        }",
                    "        return " + name + ";",
                    "    }");
        }
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < lists.size(); i++) {
            args.append(i == 0 ? "" : ", ").append("Rows.count(counts, \"").append(lists.get(i).name()).append("\")");
        }
        s.line("",
                "    static " + c + " from(Object counts) {",
                "        return counts == null ? null : new " + c + "(" + args + ");",
                "    }",
                "}");
        return s.render();
    }

    /** Prisma's {@code omit}: one method per scalar field. */
    static String omit(ModelView m, String pkg) {
        String o = m.t("Omit");
        Source s = new Source(pkg).imports("dev.refract.client.typed.ReadArgs");
        s.line("/**",
                " * Prisma's {@code omit} on " + m.model.name() + ": every scalar field but the ones named is read (with include, not",
                " * with select). An omitted field's accessor throws {@code FieldNotLoadedException}.",
                " */",
                "public final class " + o + " {",
                "    private final ReadArgs args;",
                "",
                "    " + o + "(ReadArgs args) {",
                "        this.args = args;",
                "    }");
        for (ScalarField f : m.scalars()) {
            s.line("",
                    "    public " + o + " " + m.member(f) + "() {",
                    "        args.omit(" + m.t("Meta") + "." + m.member(f) + ");",
                    "        return this;",
                    "    }");
        }
        s.line("}");
        return s.render();
    }
}
