package io.careops.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The methods each resource path answers, for the {@code Allow} header of a 405 (RFC 9110 requires
 * it; Quarkus REST leaves it out). Read once from the resource classes' JAX-RS annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private final String root;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans, @ConfigProperty(name = "quarkus.rest.path", defaultValue = "/") String root) {
        this.beans = beans;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** e.g. {@code GET, HEAD, OPTIONS, POST}; empty when no resource serves the path. */
    public String allow(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return String.join(", ", methods);
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        String template = join(join(root, classPath.value()), methodPath == null ? "" : methodPath.value());
                        known.add(new Route(Pattern.compile(regex(template)), verb));
                    }
                }
            }
            routes = known;
        }
        return known;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String left, String right) {
        String a = left.endsWith("/") ? left.substring(0, left.length() - 1) : left;
        String b = right.isEmpty() || right.equals("/") ? "" : right.startsWith("/") ? right : "/" + right;
        return a + b;
    }

    /** {@code /units/{id}} to {@code /units/[^/]+}; {@code {rest: .+}} keeps its own expression. */
    static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(at)));
                break;
            }
            regex.append(Pattern.quote(template.substring(at, open)));
            int depth = 0;
            int close = open;
            for (; close < template.length(); close++) {
                char c = template.charAt(close);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String variable = template.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip()).append(')');
            at = close + 1;
        }
        return regex + "/?";
    }
}
