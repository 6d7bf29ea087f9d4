package dev.refract.schema.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated schema: the datasource, generators, models, views, enums and relations, with every
 * name resolved. This is what migrations, code generation and the query engine consume.
 */
public final class Schema {
    private final Datasource datasource;
    private final List<Generator> generators;
    private final List<Model> models;
    private final java.util.Map<String, Model> modelsByName = new java.util.HashMap<>();
    private final List<Enum> enums;
    private final List<CompositeType> compositeTypes;
    private final List<Relation> relations;
    private final Set<String> previewFeatures;

    public Schema(Datasource datasource, List<Generator> generators, List<Model> models, List<Enum> enums,
            List<CompositeType> compositeTypes, List<Relation> relations, Set<String> previewFeatures) {
        this.datasource = datasource;
        this.generators = List.copyOf(generators);
        this.models = List.copyOf(models);
        for (Model m : this.models) {
            modelsByName.putIfAbsent(m.name(), m);
        }
        this.enums = List.copyOf(enums);
        this.compositeTypes = List.copyOf(compositeTypes);
        this.relations = List.copyOf(relations);
        this.previewFeatures = Set.copyOf(previewFeatures);
    }

    public Optional<Datasource> datasource() {
        return Optional.ofNullable(datasource);
    }

    /** The datasource provider; schemas without a datasource have none. */
    public Optional<Provider> provider() {
        return datasource().map(Datasource::provider);
    }

    public RelationMode relationMode() {
        return datasource == null ? RelationMode.FOREIGN_KEYS : datasource.relationMode();
    }

    public List<Generator> generators() {
        return generators;
    }

    /** Models and views, in declaration order. */
    public List<Model> models() {
        return models;
    }

    public List<Enum> enums() {
        return enums;
    }

    public List<CompositeType> compositeTypes() {
        return compositeTypes;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** Preview features enabled in any generator. */
    public Set<String> previewFeatures() {
        return previewFeatures;
    }

    public Optional<Model> model(String name) {
        return Optional.ofNullable(name == null ? null : modelsByName.get(name));
    }

    public Optional<Enum> enumByName(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
