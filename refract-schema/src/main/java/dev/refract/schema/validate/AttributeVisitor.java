package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the attributes of one container (a field, a model, an enum value...) the way Prisma does:
 * each known attribute is visited by name, its arguments are taken one by one, and whatever is
 * left over is reported (an unknown attribute, an unused argument). Duplicated single attributes,
 * duplicated arguments, several unnamed arguments, empty arguments and trailing commas get
 * Prisma's errors here, so each attribute's own code only deals with its meaning.
 */
final class AttributeVisitor {
    private final Diagnostics diagnostics;
    private List<Attribute> attributes = List.of();
    private final Set<Integer> unused = new LinkedHashSet<>();
    private Attribute current;
    private final Map<String, Integer> args = new LinkedHashMap<>();
    private static final String UNNAMED = "\u0000";

    AttributeVisitor(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Starts a container. */
    void visit(List<Attribute> containerAttributes) {
        if (current != null || !unused.isEmpty()) {
            throw new IllegalStateException("previous attribute container not finished");
        }
        attributes = containerAttributes;
        for (int i = 0; i < attributes.size(); i++) {
            unused.add(i);
        }
    }

    /** An attribute allowed once; true when present exactly once and usable. */
    boolean optionalSingle(String name) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().name().equals(name)) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (found.size() > 1) {
            for (int i : found) {
                Attribute a = attributes.get(i);
                diagnostics.error("Attribute \"@" + a.name().name() + "\" can only be defined once.", a.span());
                unused.remove(i);
            }
            return false;
        }
        unused.remove(found.get(0));
        return start(attributes.get(found.get(0)));
    }

    /** An attribute allowed many times: call in a loop; true while another usable one is found. */
    boolean repeated(String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (unused.contains(i) && attributes.get(i).name().name().equals(name)) {
                unused.remove(i);
                if (start(attributes.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The datasource-scoped attribute ({@code @db.VarChar(255)}), if any; duplicates are reported. */
    Optional<Attribute> datasourceScoped() {
        Attribute found = null;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            if (a.name().name().contains(".") && unused.remove(i)) {
                if (found != null) {
                    String scope = a.name().name().substring(0, a.name().name().indexOf('.'));
                    diagnostics.error("Attribute \"@" + scope + "\" can only be defined once.", a.span());
                }
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    Attribute current() {
        return current;
    }

    /** The named argument, else the first unnamed one; an error when neither is given. */
    Expression defaultArgument(String name) {
        Integer named = args.remove(name);
        Integer unnamed = args.remove(UNNAMED);
        if (named != null && unnamed != null) {
            Argument arg = current.arguments().arguments().get(named);
            diagnostics.error("Argument \"" + name + "\" is already specified as unnamed argument.", arg.span());
            return null;
        }
        Integer idx = named != null ? named : unnamed;
        if (idx == null) {
            diagnostics.error("Argument \"" + name + "\" is missing.", current.span());
            return null;
        }
        return current.arguments().arguments().get(idx).value();
    }

    /** Like {@link #defaultArgument} but absent is fine. */
    Expression optionalDefaultArgument(String name) {
        if (!args.containsKey(name) && !args.containsKey(UNNAMED)) {
            return null;
        }
        return defaultArgument(name);
    }

    Expression optionalArgument(String name) {
        Integer idx = args.remove(name);
        return idx == null ? null : current.arguments().arguments().get(idx).value();
    }

    /** Span of the named argument still unread (for errors pointing at it), else the attribute's. */
    Span argumentSpan(String name) {
        for (Argument a : current.arguments().arguments()) {
            if (a.name() != null && a.name().name().equals(name)) {
                return a.span();
            }
        }
        return current.span();
    }

    /** Error about the current attribute: {@code Error parsing attribute "@x": message}. */
    void attributeError(String message) {
        attributeError(message, current.span());
    }

    void attributeError(String message, Span span) {
        diagnostics.error("Error parsing attribute \"" + prefix(current) + current.name().name() + "\": " + message, span);
    }

    static String prefix(Attribute a) {
        return a.blockLevel() ? "@@" : "@";
    }

    /** Ends the current attribute, reporting arguments nobody read. */
    void validateArguments() {
        for (int idx : args.values()) {
            diagnostics.error("No such argument.", current.arguments().arguments().get(idx).span());
        }
        discardArguments();
    }

    void discardArguments() {
        current = null;
        args.clear();
    }

    /** Ends the container, reporting attributes nobody visited. */
    void validateAttributes() {
        if (current != null) {
            throw new IllegalStateException("attribute still under validation");
        }
        for (int i : unused) {
            Attribute a = attributes.get(i);
            diagnostics.error("Attribute not known: \"" + prefix(a) + a.name().name() + "\".", a.span());
        }
        unused.clear();
        attributes = List.of();
    }

    private boolean start(Attribute attribute) {
        boolean usable = true;
        List<dev.refract.schema.ast.ArgumentsList> lists = new ArrayList<>();
        lists.add(attribute.arguments());
        for (Argument a : attribute.arguments().arguments()) {
            if (a.value() instanceof FunctionCall f) {
                lists.add(f.arguments());
            }
        }
        for (var list : lists) {
            for (Argument a : list.arguments()) {
                if (a.isEmpty()) {
                    diagnostics.error("Error parsing attribute \"" + prefix(attribute) + attribute.name().name()
                            + "\": The `" + a.name().name() + "` argument is missing a value.", a.name().span());
                    usable = false;
                } else if (a.value() instanceof ArrayExpression array) {
                    for (Expression e : array.elements()) {
                        if (e instanceof FunctionCall f) {
                            for (Argument inner : f.arguments().arguments()) {
                                if (inner.isEmpty()) {
                                    diagnostics.error("Error parsing attribute \"@@" + attribute.name().name()
                                            + "\": The `" + inner.name().name() + "` argument is missing a value.",
                                            inner.name().span());
                                }
                            }
                        }
                    }
                }
            }
            if (list.trailingComma()) {
                diagnostics.error("Error parsing attribute \"@" + attribute.name().name()
                        + "\": Trailing commas are not valid in attribute arguments, please remove the comma.",
                        list.span());
            }
        }
        if (!usable) {
            return false;
        }
        current = attribute;
        args.clear();
        List<String> unnamed = new ArrayList<>();
        List<Argument> all = attribute.arguments().arguments();
        for (int i = 0; i < all.size(); i++) {
            Argument a = all.get(i);
            String key = a.isPositional() ? UNNAMED : a.name().name();
            Integer existing = args.put(key, i);
            if (existing != null) {
                if (a.isPositional()) {
                    if (unnamed.isEmpty()) {
                        unnamed.add(all.get(existing).value().render());
                    }
                    unnamed.add(a.value().render());
                } else {
                    diagnostics.error("Argument \"" + key + "\" is already specified.", a.span());
                }
            }
        }
        if (!unnamed.isEmpty()) {
            attributeError("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? "
                    + "Did you mean `[" + String.join(", ", unnamed) + "]`?");
        }
        return true;
    }
}
