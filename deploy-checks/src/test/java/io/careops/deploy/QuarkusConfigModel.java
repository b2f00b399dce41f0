package io.careops.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The QUARKUS_* environment variables that exist, with their phase, read from the configuration
 * models the Quarkus extensions ship (META-INF/quarkus-config-doc/quarkus-config-model.json) on
 * this module's classpath: the same extensions the services are built with (through the platform).
 */
final class QuarkusConfigModel {

    /** Environment variable -> phase (RUN_TIME, BUILD_TIME, BUILD_AND_RUN_TIME_FIXED). */
    static final Map<String, String> PHASES = Collections.unmodifiableMap(load());

    private QuarkusConfigModel() {
    }

    static boolean exists(String variable) {
        return PHASES.containsKey(variable);
    }

    /** A build-time property set in a container's environment is silently ignored: the image fixed it. */
    static boolean takesEffectAtRunTime(String variable) {
        return "RUN_TIME".equals(PHASES.get(variable));
    }

    private static Map<String, String> load() {
        Map<String, String> phases = new HashMap<>();
        try {
            for (URL model : Collections.list(QuarkusConfigModel.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = model.openStream()) {
                    // JSON is YAML: SnakeYAML reads it without another dependency.
                    collect(new Yaml(new SafeConstructor(new LoaderOptions()))
                            .load(new String(in.readAllBytes(), StandardCharsets.UTF_8)), phases);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (phases.size() < 100) {
            throw new IllegalStateException("Quarkus configuration models not found on the classpath");
        }
        return phases;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, Map<String, String> phases) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("path") instanceof Map<?, ?> path && path.get("environmentVariable") instanceof String variable) {
                phases.put(variable, String.valueOf(map.get("phase")));
                if (path.get("additionalPaths") instanceof List<?> more) {
                    more.forEach(extra -> collect(Map.of("path", extra, "phase", map.get("phase")), phases));
                }
            }
            ((Map<String, Object>) map).values().forEach(value -> collect(value, phases));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, phases));
        }
    }
}
