package dev.refract.schema.validate;

import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.ConfigValue;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.RelationMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one {@code datasource} block in Prisma's order: provider, relationMode (and the deprecated
 * referentialIntegrity), connector properties (PostgreSQL extensions), url, shadowDatabaseUrl,
 * directUrl, schemas, then unknown properties. Unlike Prisma 6, {@code url} is optional (Prisma 7
 * style); MongoDB and SQL Server get one clear "not supported by Refract" error.
 */
final class DatasourceLoader {
    private DatasourceLoader() {
    }

    /** The datasource, or null when the block is unusable (errors reported). */
    static Datasource load(ValidationContext ctx, ConfigBlock block) {
        Diagnostics d = ctx.diagnostics;
        String name = block.name().name();
        Map<String, ConfigProperty> props = new LinkedHashMap<>();
        for (ConfigProperty p : block.properties()) {
            if (p.value() == null) {
                d.error("Property " + p.name().name() + " in datasource " + name + " needs to be assigned a value",
                        block.span());
                return null;
            }
            props.put(p.name().name(), p);
        }
        ConfigProperty providerProp = props.remove("provider");
        if (providerProp == null) {
            d.error("Argument \"provider\" is missing in data source block \"" + name + "\".", block.span());
            return null;
        }
        Expression providerValue = providerProp.value();
        if (providerValue instanceof FunctionCall f && f.name().equals("env")) {
            d.error("A datasource must not use the env() function in the provider argument.", block.span());
            return null;
        }
        if (!(providerValue instanceof StringValue sv)) {
            d.error(sourceError(name, "The provider argument in a datasource must be a string literal"),
                    providerValue.span());
            return null;
        }
        String providerName = sv.value();
        if (providerName.isEmpty()) {
            d.error(sourceError(name, "The provider argument in a datasource must not be empty"), providerValue.span());
            return null;
        }
        Optional<Provider> provider = Provider.parse(providerName);
        if (provider.isEmpty()) {
            d.error("Datasource provider not known: \"" + providerName + "\".", providerValue.span());
            return null;
        }
        if (!provider.get().isSupported()) {
            d.error(sourceError(name, "The provider \"" + providerName + "\" is not supported by Refract. Refract "
                    + "supports \"postgresql\", \"mysql\", \"sqlite\" and \"cockroachdb\"."), providerValue.span());
            return null;
        }
        Connector connector = Connector.of(provider.get());
        RelationMode relationMode = relationMode(ctx, block, props);
        List<String> extensions = List.of();
        if (connector.supportsExtensions()) {
            ConfigProperty ext = props.remove("extensions");
            if (ext != null) {
                extensions = PostgresExtensions.read(ctx, ext);
            }
        }
        ConfigProperty urlProp = props.remove("url");
        ConfigValue url = null;
        if (urlProp != null) {
            url = EnvValues.read(urlProp.value(), d);
            if (url == null) {
                return null;
            }
        }
        ConfigProperty shadowProp = props.remove("shadowDatabaseUrl");
        ConfigValue shadow = shadowProp == null ? null : EnvValues.read(shadowProp.value(), d);
        if (shadow != null && "".equals(shadow.literal())) {
            shadow = null;
        }
        ConfigProperty directProp = props.remove("directUrl");
        ConfigValue direct = directProp == null ? null : EnvValues.read(directProp.value(), d);
        if (shadow != null && direct != null && shadow.equals(direct)) {
            d.error("shadowDatabaseUrl is the same as directUrl for datasource \"" + name + "\". Please specify a "
                    + "different database as shadow database to avoid data loss.", directProp.value().span());
        }
        if (shadow != null && shadow.equals(url)) {
            d.error("shadowDatabaseUrl is the same as url for datasource \"" + name + "\". Please specify a different "
                    + "database as shadow database to avoid data loss.", urlProp.value().span());
        }
        ConfigProperty preview = props.remove("previewFeatures");
        if (preview != null) {
            d.error("Preview features are only supported in the generator block. Please move this field to the "
                    + "generator block.", EnvValues.propertySpan(preview));
        }
        List<String> schemas = schemas(ctx, connector, props.remove("schemas"));
        for (ConfigProperty p : props.values()) {
            d.error("Property not known: \"" + p.name().name() + "\".", EnvValues.propertySpan(p));
        }
        boolean explicitMode = relationMode != null;
        return new Datasource(name, provider.get(), providerName, url, direct, shadow,
                explicitMode ? relationMode : RelationMode.FOREIGN_KEYS, explicitMode, schemas, extensions, block);
    }

    private static RelationMode relationMode(ValidationContext ctx, ConfigBlock block, Map<String, ConfigProperty> props) {
        Diagnostics d = ctx.diagnostics;
        ConfigProperty legacy = props.get("referentialIntegrity");
        if (legacy != null) {
            d.warning("The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn "
                    + "more at https://pris.ly/d/relation-mode", EnvValues.propertySpan(legacy));
        }
        ConfigProperty mode = props.remove("relationMode");
        props.remove("referentialIntegrity");
        if (mode != null && legacy != null) {
            d.error("The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use "
                    + "only `relationMode` instead.", EnvValues.propertySpan(legacy));
            return null;
        }
        ConfigProperty used = mode != null ? mode : legacy;
        if (used == null) {
            return null;
        }
        String value = Coerce.string(used.value(), d);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "prisma" -> RelationMode.PRISMA;
            case "foreignKeys" -> RelationMode.FOREIGN_KEYS;
            default -> {
                d.error(sourceError("relationMode", "Invalid relation mode setting: \"" + value
                        + "\". Supported values: \"prisma\", \"foreignKeys\""), block.span());
                yield null;
            }
        };
    }

    /** The schemas list: strings, not empty, no duplicates, and only where the connector has schemas. */
    private static List<String> schemas(ValidationContext ctx, Connector connector, ConfigProperty prop) {
        if (prop == null) {
            return List.of();
        }
        Diagnostics d = ctx.diagnostics;
        List<Expression> elements = Coerce.array(prop.value());
        List<StringValue> values = new ArrayList<>();
        boolean ok = true;
        for (Expression e : elements) {
            if (e instanceof StringValue s) {
                values.add(s);
            } else {
                Coerce.mismatch("string", e, d);
                ok = false;
            }
        }
        if (!ok) {
            return List.of();
        }
        Span span = prop.value().span();
        if (values.isEmpty()) {
            d.error("If provided, the schemas array can not be empty.", span);
            return List.of();
        }
        List<StringValue> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(StringValue::value));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (sorted.get(i).value().equals(sorted.get(i + 1).value())) {
                d.error("Duplicated schema names are not allowed", sorted.get(i).span());
            }
        }
        if (!connector.supportsMultiSchema()) {
            d.error("The `schemas` property is not supported on the current connector.", span);
        }
        ctx.schemasSpan = span;
        return values.stream().map(StringValue::value).toList();
    }

    static String sourceError(String source, String message) {
        return "Error validating datasource `" + source + "`: " + message;
    }
}
