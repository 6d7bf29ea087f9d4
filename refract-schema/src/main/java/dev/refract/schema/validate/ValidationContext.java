package dev.refract.schema.validate;

import dev.refract.schema.ParseResult;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.model.CompositeType;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.Generator;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Everything the validation passes share: the parse trees, the diagnostics and the schema being resolved. */
final class ValidationContext {
    final ParseResult parsed;
    final Diagnostics diagnostics;
    final AttributeVisitor attributes;

    /** Every top-level declaration by name (models, views, composite types, enums), first one wins. */
    final Map<String, Top> tops = new LinkedHashMap<>();
    final Map<String, Model> models = new LinkedHashMap<>();
    final Map<ModelDeclaration, Model> modelsByDeclaration = new LinkedHashMap<>();
    final Map<String, Enum> enums = new LinkedHashMap<>();
    final Map<String, CompositeType> compositeTypes = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();
    final Map<dev.refract.schema.model.RelationField, RelationAttributeData> relationAttributes =
            new java.util.IdentityHashMap<>();

    /** Scalar fields whose default calls a function Prisma does not know; the connector decides. */
    final List<dev.refract.schema.model.ScalarField> unknownFunctionDefaults = new ArrayList<>();

    /** The {@code @db.*} attribute of each scalar field that has one (prefix and raw arguments, for validation). */
    final Map<dev.refract.schema.model.ScalarField, dev.refract.schema.ast.Attribute> nativeTypeAttributes =
            new java.util.IdentityHashMap<>();

    /** The datasource's PostgreSQL extensions as written, and where the property and the schemas list are. */
    final List<PostgresExtensions.Extension> extensions = new ArrayList<>();
    dev.refract.schema.diagnostics.Span extensionsSpan;
    dev.refract.schema.diagnostics.Span schemasSpan;

    Datasource datasource;

    /** Set by a validation that must end all further validation (Prisma returns early on ambiguous relations). */
    boolean stopValidations;
    final List<Generator> generators = new ArrayList<>();
    final Set<String> previewFeatures = new LinkedHashSet<>();

    ValidationContext(ParseResult parsed, Diagnostics diagnostics) {
        this.parsed = parsed;
        this.diagnostics = diagnostics;
        this.attributes = new AttributeVisitor(diagnostics);
    }

    /** All top-level declarations of all files, files in order. */
    Stream<Top> allTops() {
        return parsed.asts().stream().flatMap(a -> a.tops().stream());
    }

    List<SchemaAst> asts() {
        return parsed.asts();
    }

    /** The provider, or null without a datasource. */
    Provider provider() {
        return datasource == null ? null : datasource.provider();
    }

    /** The connector of the datasource's provider, or null without a (supported) datasource. */
    dev.refract.schema.connector.Connector connector() {
        Provider p = provider();
        return p == null || !p.isSupported() ? null : dev.refract.schema.connector.Connector.of(p);
    }

    boolean hasPreviewFeature(String feature) {
        return previewFeatures.contains(feature);
    }
}
