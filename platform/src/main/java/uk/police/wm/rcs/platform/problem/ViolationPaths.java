package uk.police.wm.rcs.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns Bean Validation property paths into the field names a client sees ({@code create.body.impact} → {@code impact}).
 */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    /** The violations, sorted by field, with client-facing field paths. */
    public static List<Violation> toViolations(Set<? extends ConstraintViolation<?>> violations) {
        List<Violation> result = new ArrayList<>();
        if (violations != null) {
            for (ConstraintViolation<?> violation : violations) {
                result.add(new Violation(clientPath(violation.getPropertyPath()), violation.getMessage()));
            }
        }
        result.sort(Comparator.comparing((Violation v) -> v.field() == null ? "" : v.field())
                .thenComparing(v -> v.message() == null ? "" : v.message()));
        return result;
    }

    /** True when a violation is about a method's return value (a server bug, not a client error). */
    public static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path as the client sees it: method and body-parameter names dropped, indexes kept
     * ({@code items[3].date}); a constraint on a query or path parameter itself keeps the parameter's name;
     * {@code null} for a constraint on the whole body.
     */
    public static String clientPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                    // not something the client named
                }
                case PARAMETER -> {
                    if (last) {
                        out.append(node.getName());
                    }
                }
                default -> {
                    if (node.getIndex() != null) {
                        out.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        out.append('[').append(node.getKey()).append(']');
                    } else if (node.isInIterable() && node.getKind() != ElementKind.BEAN) {
                        out.append("[]");
                    }
                    if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                        if (!out.isEmpty()) {
                            out.append('.');
                        }
                        out.append(node.getName());
                    }
                }
            }
        }
        return out.isEmpty() ? null : out.toString();
    }
}
