package dev.refract.schema.validate;

import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.model.ConfigValue;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Generator;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.RelationMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the datasource and generator blocks. Both Prisma 6 style ({@code url = env("DATABASE_URL")})
 * and Prisma 7 style (no {@code url}) datasources are valid; MongoDB and SQL Server get one clear error.
 */
final class ConfigurationPass {
    private ConfigurationPass() {
    }

    static void run(ValidationContext ctx) {
        List<ConfigBlock> datasources = new ArrayList<>();
        ctx.allTops().forEach(top -> {
            if (top instanceof ConfigBlock block) {
                if (block.datasource()) {
                    datasources.add(block);
                } else {
                    generator(ctx, block);
                }
            }
        });
        if (datasources.size() > 1) {
            for (ConfigBlock block : datasources) {
                ctx.diagnostics.error("You defined more than one datasource. This is not allowed yet because support for "
                        + "multiple databases has not been implemented yet.", block.span());
            }
            return;
        }
        if (datasources.size() == 1) {
            datasource(ctx, datasources.get(0));
        }
    }

    private static void datasource(ValidationContext ctx, ConfigBlock block) {
        String name = block.name().name();
        Map<String, ConfigProperty> props = properties(ctx, block, "datasource \"" + name + "\"");
        ConfigProperty providerProp = props.get("provider");
        if (providerProp == null) {
            ctx.diagnostics.error("Argument \"provider\" is missing in data source block \"" + name + "\".", block.span());
            return;
        }
        String providerName = stringValue(ctx, providerProp.value());
        if (providerName == null) {
            return;
        }
        Optional<Provider> provider = Provider.parse(providerName);
        if (provider.isEmpty()) {
            ctx.diagnostics.error("Datasource provider not known: \"" + providerName + "\".", providerProp.value().span());
            return;
        }
        if (!provider.get().isSupported()) {
            ctx.diagnostics.error("Error validating datasource `" + name + "`: The provider \"" + providerName
                    + "\" is not supported by Refract. Refract supports \"postgresql\", \"mysql\", \"sqlite\" and "
                    + "\"cockroachdb\".", providerProp.value().span());
            return;
        }
        ConfigValue url = urlValue(ctx, props.get("url"));
        ConfigValue directUrl = urlValue(ctx, props.get("directUrl"));
        ConfigValue shadow = urlValue(ctx, props.get("shadowDatabaseUrl"));
        RelationMode relationMode = RelationMode.FOREIGN_KEYS;
        boolean explicit = false;
        ConfigProperty mode = props.get("relationMode");
        ConfigProperty integrity = props.get("referentialIntegrity");
        if (integrity != null) {
            ctx.diagnostics.warning("The `referentialIntegrity` attribute is deprecated. Please use `relationMode` "
                    + "instead. Learn more at https://pris.ly/d/relation-mode", propertySpan(integrity));
        }
        if (mode != null && integrity != null) {
            ctx.diagnostics.error("The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
                    + "Please use only `relationMode` instead.", propertySpan(integrity));
            mode = null;
        } else if (mode == null) {
            mode = integrity;
        }
        if (mode != null) {
            String value = stringValue(ctx, mode.value());
            explicit = true;
            if ("prisma".equals(value)) {
                relationMode = RelationMode.PRISMA;
            } else if (!"foreignKeys".equals(value) && value != null) {
                ctx.diagnostics.error("Error validating datasource `relationMode`: Invalid relation mode setting: \""
                        + value + "\". Supported values: \"prisma\", \"foreignKeys\"", mode.value().span());
            }
        }
        List<String> schemas = stringList(ctx, props.get("schemas"));
        List<String> extensions = new ArrayList<>();
        ConfigProperty ext = props.get("extensions");
        if (ext != null) {
            for (Expression e : Coerce.array(ext.value())) {
                extensions.add(e instanceof FunctionCall f ? f.name() : e.render());
            }
        }
        ctx.datasource = new Datasource(name, provider.get(), providerName, url, directUrl, shadow, relationMode, explicit,
                schemas, extensions, block);
    }

    private static void generator(ValidationContext ctx, ConfigBlock block) {
        String name = block.name().name();
        Map<String, ConfigProperty> props = properties(ctx, block, "generator \"" + name + "\"");
        ConfigProperty providerProp = props.get("provider");
        if (providerProp == null) {
            ctx.diagnostics.error("Argument \"provider\" is missing in generator block \"" + name + "\".", block.span());
            return;
        }
        ConfigValue provider = urlValue(ctx, providerProp);
        ConfigValue output = urlValue(ctx, props.get("output"));
        List<String> previewFeatures = stringList(ctx, props.get("previewFeatures"));
        Map<String, Object> config = new LinkedHashMap<>();
        for (var e : props.entrySet()) {
            Expression v = e.getValue().value();
            if (v instanceof StringValue s) {
                config.put(e.getKey(), s.value());
            } else if (v instanceof ArrayExpression a) {
                config.put(e.getKey(), a.elements().stream().map(x -> x instanceof StringValue s ? s.value() : x.render()).toList());
            } else {
                config.put(e.getKey(), v.render());
            }
        }
        ctx.previewFeatures.addAll(previewFeatures);
        ctx.generators.add(new Generator(name, provider, output, previewFeatures, config, block));
    }

    private static Map<String, ConfigProperty> properties(ValidationContext ctx, ConfigBlock block, String where) {
        Map<String, ConfigProperty> props = new LinkedHashMap<>();
        for (ConfigProperty p : block.properties()) {
            if (props.putIfAbsent(p.name().name(), p) != null) {
                ctx.diagnostics.error("Key \"" + p.name().name() + "\" is already defined in " + where + ".",
                        p.name().span());
            }
        }
        return props;
    }

    private static ConfigValue urlValue(ValidationContext ctx, ConfigProperty prop) {
        if (prop == null) {
            return null;
        }
        Expression v = prop.value();
        if (v instanceof StringValue s) {
            return ConfigValue.literal(s.value());
        }
        if (v instanceof FunctionCall f && f.name().equals("env")) {
            if (f.arguments().arguments().size() == 1 && f.arguments().arguments().get(0).isPositional()
                    && f.arguments().arguments().get(0).value() instanceof StringValue s) {
                return ConfigValue.env(s.value());
            }
            ctx.diagnostics.error("The env function expects a singular, unnamed, string argument.", f.span());
            return null;
        }
        Coerce.mismatch("string", v, ctx.diagnostics);
        return null;
    }

    private static String stringValue(ValidationContext ctx, Expression e) {
        return Coerce.string(e, ctx.diagnostics);
    }

    private static List<String> stringList(ValidationContext ctx, ConfigProperty prop) {
        if (prop == null) {
            return List.of();
        }
        List<String> values = Coerce.array(prop.value(), ctx.diagnostics, Coerce::string);
        return values == null ? List.of() : values;
    }

    /** A property's {@code key = value}, without the line break (Prisma's key-value span). */
    private static dev.refract.schema.diagnostics.Span propertySpan(ConfigProperty property) {
        return property.name().span().union(property.value().span());
    }
}
