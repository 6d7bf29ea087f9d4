package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Model;
import java.util.ArrayList;
import java.util.List;

/** Model blocks, one per table (join tables and Prisma's own tables left out). */
final class Models {
    static final String NO_IDENTIFIER = "The underlying table does not contain a valid unique identifier and can"
            + " therefore currently not be handled by Prisma Client.";
    static final String COMMENTS = "This model or at least one of its fields has comments in the database, and"
            + " requires an additional setup for migrations: Read more: https://pris.ly/d/database-comments";
    static final String EXPRESSION_INDEX = "This model contains an expression index which requires additional setup"
            + " for migrations. Visit https://pris.ly/d/expression-indexes for more info.";

    private final IntrospectionContext ctx;
    private final Warnings warnings;
    private final ScalarFields scalarFields;
    private final RelationFields relationFields;

    Models(IntrospectionContext ctx, Warnings warnings, String datasourceName) {
        this.ctx = ctx;
        this.warnings = warnings;
        this.scalarFields = new ScalarFields(ctx, warnings, datasourceName);
        this.relationFields = new RelationFields(ctx);
    }

    /** The model blocks in table order, each with its previous position (null for new models). */
    List<Rendered> render() {
        List<Rendered> out = new ArrayList<>();
        for (Table table : ctx.modelTables) {
            out.add(render(table));
        }
        return out;
    }

    private Rendered render(Table table) {
        Model previous = ctx.existingModel(table);
        Name name = ctx.tableName(table);
        String modelName = name.prismaName();
        BlockText block = new BlockText("model", modelName);
        if (previous != null) {
            block.document(previous.documentation());
        }
        if (name.mappedName() != null) {
            block.attribute("@@map(" + Psl.string(name.mappedName()) + ")");
            if (name.origin() == Name.Origin.RENAMED_RESERVED) {
                block.document("This model has been renamed to '" + modelName + "' during introspection, because the"
                        + " original name '" + name.mappedName() + "' is reserved.");
            }
        }
        boolean ignoredBefore = previous != null && previous.isIgnored();
        boolean usable = TableKinds.hasUsableIdentifier(table);
        boolean noColumns = table.columns().isEmpty();
        boolean ignored = ignoredBefore || !usable && !noColumns;
        if (noColumns) {
            block.document(ctx.flavour.tableWithoutColumnsNotice());
            block.commentOut();
        } else if (!usable && !ignoredBefore) {
            block.document(NO_IDENTIFIER);
        }
        boolean comments = table.comment() != null || table.columns().stream().anyMatch(c -> c.comment() != null);
        if (previous == null && comments) {
            block.document(COMMENTS);
        }
        List<Index> expressionIndexes = table.unmanagedIndexes().stream().filter(Index::hasExpressions).toList();
        if (!expressionIndexes.isEmpty()) {
            block.document(EXPRESSION_INDEX);
        }

        if (table.comment() != null) {
            warnings.object("model", modelName);
        }
        for (Column column : table.columns()) {
            scalarFields.render(table, column, modelName, block);
        }
        if (ctx.foreignKeysEnabled) {
            relationFields.render(table, ignored, block);
        } else {
            relationFields.renderEmulated(previous, modelName, block, warnings);
        }
        String id = Indexes.compoundId(ctx, table, previous, warnings, modelName);
        if (id != null) {
            block.attribute(id);
        }
        Indexes.blockAttributes(ctx, table, previous).forEach(block::attribute);
        if (ignored) {
            block.attribute("@@ignore");
        }
        String namespace = ctx.namespace(table.namespace());
        if (namespace != null) {
            block.attribute("@@schema(" + Psl.string(namespace) + ")");
        }
        modelWarnings(table, previous, name, noColumns, usable, ignoredBefore, expressionIndexes);
        int position = previous == null ? -1 : ctx.previous.models().indexOf(previous);
        int file = previous == null ? -1 : previous.declaration().span().fileId();
        return new Rendered(position, file, block.render());
    }

    private void modelWarnings(Table table, Model previous, Name name, boolean noColumns, boolean usable,
            boolean ignoredBefore, List<Index> expressionIndexes) {
        String modelName = name.prismaName();
        if (noColumns) {
            warnings.model(Warnings.Kind.MODELS_WITHOUT_COLUMNS, modelName);
        } else if (!usable && !ignoredBefore) {
            warnings.model(Warnings.Kind.MODELS_WITHOUT_IDENTIFIERS, modelName);
        }
        if (previous == null && name.origin() == Name.Origin.RENAMED_DUPLICATE) {
            warnings.duplicate("model", modelName);
        }
        if (previous != null && previous.mappedName().isPresent()) {
            warnings.model(Warnings.Kind.REMAPPED_MODELS, modelName);
        }
        for (Index index : expressionIndexes) {
            warnings.modelConstraint(Warnings.Kind.EXPRESSION_INDEXES, modelName, index.name());
        }
        for (Index index : table.unmanagedIndexes()) {
            if (!index.hasExpressions()) {
                warnings.modelConstraint(Warnings.Kind.PARTIAL_INDEXES, modelName, index.name());
            }
        }
    }

    /** One rendered block and where it goes: its position in the previous schema and its file (-1: new). */
    record Rendered(int previousPosition, int fileId, String text) {
    }
}
