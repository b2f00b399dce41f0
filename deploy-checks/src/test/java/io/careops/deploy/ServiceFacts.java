package io.careops.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service really serves and reads, derived from its own configuration (the platform's
 * shared defaults, then its application.properties, as in production) and its sources, never
 * from a copy kept beside the manifests.
 *
 * @param module       the Maven module, also the image, Deployment, Service and compose name
 * @param port         quarkus.http.port
 * @param livenessPath and the others: the absolute HTTP paths SmallRye Health and Micrometer serve
 * @param database     the service's own database, as the local launcher creates it
 * @param configNames  every configuration name the service or the platform reads (property keys,
 *                     names in ${...} expressions, @ConfigProperty names, REST client URLs)
 * @param configPrefixes the prefixes of @ConfigMapping groups, each standing for all names under it
 */
record ServiceFacts(String module, int port, String livenessPath, String readinessPath, String startupPath,
        String metricsPath, String database, Set<String> configNames, Set<String> configPrefixes) {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern REST_CLIENT_KEY = Pattern.compile("configKey\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)");

    /** Every module of the reactor that is a service: it has an application.properties with an HTTP port. */
    static Map<String, ServiceFacts> all() {
        Map<String, String> platform = productionView(Repo.path("platform/src/main/resources/META-INF/microprofile-config.properties"));
        Map<String, String> launcherDatabases = launcherDatabases();
        Map<String, ServiceFacts> services = new LinkedHashMap<>();
        for (String module : Repo.modules()) {
            Path properties = Repo.path(module + "/src/main/resources/application.properties");
            if (!Files.isRegularFile(properties)) {
                continue;
            }
            Map<String, String> config = new HashMap<>(platform);
            config.putAll(productionView(properties));
            if (!config.containsKey("quarkus.http.port")) {
                continue;
            }
            services.put(module, of(module, config, launcherDatabases.get(module)));
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("no service module found under " + Repo.ROOT);
        }
        return services;
    }

    private static ServiceFacts of(String module, Map<String, String> config, String database) {
        String nonApplicationRoot = absolute("/", config.getOrDefault("quarkus.http.non-application-root-path", "q"));
        String healthRoot = absolute(nonApplicationRoot, config.getOrDefault("quarkus.smallrye-health.root-path", "health"));
        Set<String> names = new TreeSet<>(config.keySet());
        Set<String> prefixes = new TreeSet<>();
        config.values().forEach(value -> find(EXPRESSION, value, names));
        for (String sources : new String[] {"platform/src/main/java", module + "/src/main/java"}) {
            for (String source : javaSources(Repo.path(sources))) {
                find(CONFIG_PROPERTY, source, names);
                find(CONFIG_MAPPING, source, prefixes);
                Matcher restClient = REST_CLIENT_KEY.matcher(source);
                while (restClient.find()) {
                    names.add("quarkus.rest-client." + restClient.group(1) + ".url");
                }
            }
        }
        return new ServiceFacts(module, Integer.parseInt(config.get("quarkus.http.port").trim()),
                absolute(healthRoot, config.getOrDefault("quarkus.smallrye-health.liveness-path", "live")),
                absolute(healthRoot, config.getOrDefault("quarkus.smallrye-health.readiness-path", "ready")),
                absolute(healthRoot, config.getOrDefault("quarkus.smallrye-health.startup-path", "started")),
                absolute(nonApplicationRoot, config.getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics")),
                database, names, prefixes);
    }

    /** Whether an environment variable names a configuration this service reads (MicroProfile Config's mapping). */
    boolean reads(String environmentVariable) {
        return configNames.stream().anyMatch(name -> environmentName(name).equals(environmentVariable))
                || configPrefixes.stream().anyMatch(prefix -> environmentVariable.startsWith(environmentName(prefix) + "_"));
    }

    /** MicroProfile Config: every character that is not a letter or digit becomes '_', then upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** Paths as Quarkus resolves them: relative to their root unless they start with '/'. */
    static String absolute(String root, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    /** The properties production sees: unprofiled keys, overridden by %prod. ones. */
    static Map<String, String> productionView(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> view = new HashMap<>();
        properties.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                .forEach(key -> view.put(key, properties.getProperty(key)));
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("%prod."))
                .forEach(key -> view.put(key.substring("%prod.".length()), properties.getProperty(key)));
        return view;
    }

    /** The databases deploy/local/run.sh creates, by module (its MODULE and DATABASE maps). */
    static Map<String, String> launcherDatabases() {
        String script = Repo.read(Repo.path("deploy/local/run.sh"));
        Map<String, String> modules = bashMap(script, "MODULE");
        Map<String, String> databases = bashMap(script, "DATABASE");
        Map<String, String> byModule = new HashMap<>();
        modules.forEach((name, module) -> byModule.put(module, databases.get(name)));
        return byModule;
    }

    private static Map<String, String> bashMap(String script, String name) {
        Matcher declaration = Pattern.compile("declare -A " + name + "=\\(([^)]*)\\)").matcher(script);
        if (!declaration.find()) {
            throw new IllegalStateException("deploy/local/run.sh no longer declares " + name);
        }
        Map<String, String> map = new HashMap<>();
        Matcher entry = Pattern.compile("\\[([^\\]]+)\\]=(\\S+)").matcher(declaration.group(1));
        while (entry.find()) {
            map.put(entry.group(1), entry.group(2));
        }
        return map;
    }

    private static void find(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1).trim());
        }
    }

    private static java.util.List<String> javaSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Repo::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
