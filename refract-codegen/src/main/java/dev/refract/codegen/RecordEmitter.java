package dev.refract.codegen;

import dev.refract.schema.model.Field;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/** The record of a model: one component per field plus the loaded-fields mask; accessors check the mask. */
final class RecordEmitter {
    private RecordEmitter() {
    }

    static String record(ModelView m, String packageName) {
        Source s = new Source(packageName).imports("dev.refract.client.FieldNotLoadedException");
        List<String> components = new ArrayList<>();
        for (Field f : m.fields) {
            String type;
            if (f instanceof ScalarField sf) {
                type = m.javaType(sf);
                if (m.importFor(sf) != null) {
                    s.imports(m.importFor(sf));
                }
            } else {
                type = m.javaType((RelationField) f);
            }
            if (type.startsWith("List<")) {
                s.imports("java.util.List");
            }
            components.add(type + " " + m.member(f));
        }
        if (m.hasCounts()) {
            components.add(m.t("RelationCounts") + " _count");
        }
        if (m.wideMask()) {
            s.imports("java.util.BitSet");
        }
        components.add(m.maskType() + " loadedFields");
        s.doc("", m.model.documentation(), "A " + m.model.name() + " record as a query read it. Accessors of fields the query did not load\n"
                + "(not selected, relation not included) throw {@link FieldNotLoadedException}; a loaded null is null.\n"
                + "Bit i of {@code loadedFields} says whether field i (in schema order) was loaded"
                + (m.hasCounts() ? ", bit " + m.countBit() + " whether {@code _count} was." : ".")
                + (m.wideMask() ? "\nThe model has too many fields for a long mask: it is a BitSet, copied in and out." : ""));
        s.line("public record " + m.type + "(");
        for (int i = 0; i < components.size(); i++) {
            s.line("        " + components.get(i) + (i < components.size() - 1 ? "," : ") {"));
        }
        if (m.wideMask()) {
            s.line("",
                    "    public " + m.type + " {",
                    "        loadedFields = (BitSet) loadedFields.clone();",
                    "    }",
                    "",
                    "    /** A copy of the loaded-fields mask. */",
                    "    @Override",
                    "    public BitSet loadedFields() {",
                    "        return (BitSet) loadedFields.clone();",
                    "    }");
        }
        for (Field f : m.fields) {
            String name = m.member(f);
            String type = f instanceof ScalarField sf ? m.javaType(sf) : m.javaType((RelationField) f);
            s.line("");
            s.doc("    ", f.documentation(), null);
            s.line("    @Override",
                    "    public " + type + " " + name + "() {",
                    "        require(" + m.bit(f) + ", \"" + f.name() + "\");",
                    "        return " + name + ";",
                    "    }");
        }
        if (m.hasCounts()) {
            s.line("",
                    "    /** The numbers of related records the query counted ({@code _count} in include or select). */",
                    "    @Override",
                    "    public " + m.t("RelationCounts") + " _count() {",
                    "        require(" + m.countBit() + ", \"_count\");",
                    "        return _count;",
                    "    }");
        }
        s.line("",
                "    /** Whether the query that read this record loaded the field (by its schema name" + (m.hasCounts() ? ", or {@code _count}" : "") + "). */",
                "    public boolean isLoaded(String fieldName) {",
                "        switch (fieldName) {");
        for (Field f : m.fields) {
            s.line("            case \"" + f.name() + "\":", "                return " + m.maskTest("loadedFields", String.valueOf(m.bit(f))) + ";");
        }
        if (m.hasCounts()) {
            s.line("            case \"_count\":", "                return " + m.maskTest("loadedFields", String.valueOf(m.countBit())) + ";");
        }
        s.line("            default:",
                "                throw new IllegalArgumentException(\"" + m.model.name() + " has no field \" + fieldName);",
                "        }",
                "    }",
                "",
                "    private void require(int bit, String fieldName) {",
                "        if (" + (m.wideMask() ? "!loadedFields.get(bit)" : "(loadedFields & (1L << bit)) == 0") + ") {",
                "            throw new FieldNotLoadedException(\"" + m.model.name() + "\", fieldName);",
                "        }",
                "    }",
                "}");
        return s.render();
    }
}
