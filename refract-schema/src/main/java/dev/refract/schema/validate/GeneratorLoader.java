package dev.refract.schema.validate;

import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.ConfigValue;
import dev.refract.schema.model.Generator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one {@code generator} block as Prisma does: provider required (a string or env()), output,
 * binaryTargets, engineType (a string), previewFeatures checked against {@link PreviewFeatures}
 * for the datasource's provider; every other key is allowed and passed to the generator.
 */
final class GeneratorLoader {
    private GeneratorLoader() {
    }

    /** The generator, or null when the block is unusable (errors reported). */
    static Generator load(ValidationContext ctx, ConfigBlock block, String provider) {
        Diagnostics d = ctx.diagnostics;
        String name = block.name().name();
        Map<String, ConfigProperty> props = new LinkedHashMap<>();
        for (ConfigProperty p : block.properties()) {
            if (p.value() == null) {
                d.error("Property " + p.name().name() + " in generator " + name + " needs to be assigned a value",
                        block.span());
                return null;
            }
            props.put(p.name().name(), p);
        }
        ConfigProperty engineType = props.get("engineType");
        if (engineType != null && !(engineType.value() instanceof StringValue)) {
            Expression v = engineType.value();
            d.error("Expected a String value, but received " + v.describeKind() + " value `" + v.render() + "`.",
                    v.span());
        }
        ConfigProperty providerProp = props.remove("provider");
        if (providerProp == null) {
            d.error("Argument \"provider\" is missing in generator block \"" + name + "\".", block.span());
            return null;
        }
        ConfigValue generatorProvider = EnvValues.read(providerProp.value(), d);
        if (generatorProvider == null) {
            return null;
        }
        ConfigProperty outputProp = props.remove("output");
        ConfigValue output = outputProp == null ? null : EnvValues.read(outputProp.value(), d);
        ConfigProperty targets = props.remove("binaryTargets");
        if (targets != null) {
            for (Expression e : Coerce.array(targets.value())) {
                EnvValues.read(e, d);
            }
        }
        List<String> previewFeatures = new ArrayList<>();
        ConfigProperty features = props.remove("previewFeatures");
        if (features != null) {
            List<String> names = Coerce.array(features.value(), d, Coerce::string);
            if (names != null) {
                previewFeatures = previewFeatures(ctx, names, provider, features.value().span());
            }
        }
        for (ConfigProperty p : props.values()) {
            configValue(p.value(), d);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        for (ConfigProperty p : block.properties()) {
            config.put(p.name().name(), plain(p.value()));
        }
        return new Generator(name, generatorProvider, output, previewFeatures, config, block);
    }

    /** Checks the names, warns about retired ones, and returns the canonical names now enabled. */
    private static List<String> previewFeatures(ValidationContext ctx, List<String> names, String provider, Span span) {
        Diagnostics d = ctx.diagnostics;
        List<String> enabled = new ArrayList<>();
        for (String written : names) {
            Optional<String> feature = PreviewFeatures.parse(written);
            if (feature.isPresent() && PreviewFeatures.STABILIZED.contains(feature.get())) {
                Optional<PreviewFeatures.Renamed> renamed = PreviewFeatures.renamed(feature.get(), provider);
                if (renamed.isPresent()) {
                    enabled.add(renamed.get().to());
                    d.warning("On `provider = \"" + provider + "\"`, preview feature \"" + written
                            + "\" has been renamed to \"" + renamed.get().to() + "\". Learn more at https://pris.ly/d/"
                            + renamed.get().link() + ".", span);
                } else {
                    enabled.add(feature.get());
                    d.warning("Preview feature \"" + written + "\" is deprecated. The functionality can be used without "
                            + "specifying it as a preview feature.", span);
                }
            } else if (feature.isPresent() && PreviewFeatures.DEPRECATED.contains(feature.get())) {
                enabled.add(feature.get());
                d.warning("Preview feature \"" + written + "\" is deprecated. It will be removed in a future version "
                        + "of Prisma.", span);
            } else if (feature.isPresent() && PreviewFeatures.isValid(feature.get(), provider)) {
                enabled.add(feature.get());
            } else {
                d.error("The preview feature \"" + written + "\" is not known. Expected one of: "
                        + String.join(", ", PreviewFeatures.listed(provider)), span);
            }
        }
        return enabled;
    }

    /** Any other key takes any value, passed on as text; only env() calls are checked. */
    private static void configValue(Expression v, Diagnostics d) {
        if (v instanceof ArrayExpression a) {
            a.elements().forEach(e -> configValue(e, d));
        } else if (v instanceof FunctionCall f && f.name().equals("env")) {
            EnvValues.read(v, d);
        }
    }

    private static Object plain(Expression v) {
        if (v instanceof StringValue s) {
            return s.value();
        }
        if (v instanceof ArrayExpression a) {
            return a.elements().stream().map(x -> x instanceof StringValue s ? s.value() : x.render()).toList();
        }
        return v.render();
    }
}
