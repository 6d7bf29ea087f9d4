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
        components.add("long loadedFields");
        s.doc("", m.model.documentation(), "A " + m.model.name() + " record as a query read it. Accessors of fields the query did not load\n"
                + "(not selected, relation not included) throw {@link FieldNotLoadedException}; a loaded null is null.\n"
                + "Bit i of {@code loadedFields} says whether field i (in schema order) was loaded.");
        s.line("public record " + m.type + "(");
        for (int i = 0; i < components.size(); i++) {
            s.line("        " + components.get(i) + (i < components.size() - 1 ? "," : ") {"));
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
        s.line("",
                "    /** Whether the query that read this record loaded the field (by its schema name). */",
                "    public boolean isLoaded(String fieldName) {",
                "        switch (fieldName) {");
        for (Field f : m.fields) {
            s.line("            case \"" + f.name() + "\":", "                return (loadedFields & (1L << " + m.bit(f) + ")) != 0;");
        }
        s.line("            default:",
                "                throw new IllegalArgumentException(\"" + m.model.name() + " has no field \" + fieldName);",
                "        }",
                "    }",
                "",
                "    private void require(int bit, String fieldName) {",
                "        if ((loadedFields & (1L << bit)) == 0) {",
                "            throw new FieldNotLoadedException(\"" + m.model.name() + "\", fieldName);",
                "        }",
                "    }",
                "}");
        return s.render();
    }
}
