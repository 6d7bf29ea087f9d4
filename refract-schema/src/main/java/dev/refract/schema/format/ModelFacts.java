package dev.refract.schema.format;

import dev.refract.schema.ast.ModelDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * A model or view as relation completion sees it. Unique criteria: the primary key first, then
 * unique indexes in Prisma's order ({@code @unique} fields, then {@code @@unique}).
 */
final class ModelFacts {
    final int file;
    final ModelDeclaration ast;
    final List<FieldFacts> fields = new ArrayList<>();
    boolean ignored;
    final List<List<FieldFacts>> uniqueCriteria = new ArrayList<>();
    final List<List<FieldFacts>> uniqueIndexes = new ArrayList<>();

    ModelFacts(int file, ModelDeclaration ast) {
        this.file = file;
        this.ast = ast;
    }

    String name() {
        return ast.name().name();
    }

    FieldFacts field(String name) {
        for (FieldFacts field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    FieldFacts scalarField(String name) {
        FieldFacts field = field(name);
        return field != null && !field.isRelation() ? field : null;
    }
}
