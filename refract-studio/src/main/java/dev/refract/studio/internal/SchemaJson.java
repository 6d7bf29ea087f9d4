package dev.refract.studio.internal;

import dev.refract.schema.model.DefaultValue;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.EnumValue;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the page needs to know of the schema: models with their key, fields (type, required, list,
 * default, relation ends) and enums. Ignored models and fields are left out.
 */
final class SchemaJson {
    private final Schema schema;
    private final Map<String, Object> json;

    SchemaJson(Schema schema) {
        this.schema = schema;
        this.json = describe(schema);
    }

    Map<String, Object> json() {
        return json;
    }

    /** The models Studio shows, in schema order. */
    List<Model> models() {
        return schema.models().stream().filter(m -> !m.isIgnored()).toList();
    }

    Optional<Model> model(String name) {
        return schema.model(name).filter(m -> !m.isIgnored());
    }

    /** The fields that identify a record: the primary key, else the first unique criteria; empty for none. */
    static List<ScalarField> key(Model model) {
        List<List<ScalarField>> criteria = model.uniqueCriteria();
        return criteria.isEmpty() ? List.of() : criteria.get(0);
    }

    private static Map<String, Object> describe(Schema schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", schema.provider().map(p -> p.id()).orElse(null));
        List<Object> models = new ArrayList<>();
        for (Model model : schema.models()) {
            if (!model.isIgnored()) {
                models.add(model(model));
            }
        }
        out.put("models", models);
        Map<String, Object> enums = new LinkedHashMap<>();
        for (Enum e : schema.enums()) {
            enums.put(e.name(), e.values().stream().map(EnumValue::name).toList());
        }
        out.put("enums", enums);
        return out;
    }

    private static Map<String, Object> model(Model model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", model.name());
        out.put("key", key(model).stream().map(Field::name).toList());
        List<Object> fields = new ArrayList<>();
        for (Field field : model.fields()) {
            if (field.isIgnored()) {
                continue;
            }
            fields.add(field instanceof ScalarField s ? scalar(model, s) : relation((RelationField) field));
        }
        out.put("fields", fields);
        return out;
    }

    private static Map<String, Object> scalar(Model model, ScalarField field) {
        Map<String, Object> out = common(field);
        FieldType type = field.type();
        out.put("kind", type instanceof FieldType.EnumRef ? "enum" : type instanceof FieldType.Scalar ? "scalar" : "unsupported");
        out.put("type", type.schemaName());
        out.put("id", field.isId());
        out.put("unique", model.uniqueCriteria().stream().anyMatch(c -> c.size() == 1 && c.get(0) == field));
        out.put("updatedAt", field.isUpdatedAt());
        out.put("default", field.defaultValue().map(SchemaJson::defaultValue).orElse(null));
        return out;
    }

    private static Map<String, Object> defaultValue(DefaultValue value) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (value instanceof DefaultValue.Literal literal) {
            Object v = literal.value();
            out.put("value", v instanceof BigDecimal d ? d.toPlainString() : v);
        } else if (value instanceof DefaultValue.Function function) {
            out.put("function", function.name());
        }
        return out;
    }

    private static Map<String, Object> relation(RelationField field) {
        Map<String, Object> out = common(field);
        out.put("kind", "relation");
        out.put("type", field.relatedModelName());
        out.put("fields", field.fields().stream().map(Field::name).toList());
        out.put("references", field.references().stream().map(Field::name).toList());
        RelationField opposite = field.opposite();
        if (opposite != null) {
            Map<String, Object> back = new LinkedHashMap<>();
            back.put("name", opposite.name());
            back.put("list", opposite.isList());
            back.put("fields", opposite.fields().stream().map(Field::name).toList());
            back.put("references", opposite.references().stream().map(Field::name).toList());
            out.put("opposite", back);
        }
        return out;
    }

    private static Map<String, Object> common(Field field) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", field.name());
        out.put("list", field.isList());
        out.put("required", field.isRequired());
        return out;
    }
}
