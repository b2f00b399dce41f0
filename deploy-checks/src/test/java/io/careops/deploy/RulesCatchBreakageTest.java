package io.careops.deploy;

import static io.careops.deploy.Nodes.kind;
import static io.careops.deploy.Nodes.map;
import static io.careops.deploy.Nodes.maps;
import static io.careops.deploy.Nodes.name;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks are only worth something if they fail: each case breaks one thing in a copy of the
 * real base manifests (or compose file, or Dockerfile) and expects the violation that names it.
 */
class RulesCatchBreakageTest {

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                broken("readiness probe on a path the service does not serve", "readinessProbe asks /q/health/readyz",
                        docs -> httpGet(docs, "compliance-service", "readinessProbe").put("path", "/q/health/readyz")),
                broken("liveness probe on another port", "livenessProbe port 9999",
                        docs -> httpGet(docs, "scheduling-service", "livenessProbe").put("port", 9999)),
                broken("startup probe removed", "no startupProbe",
                        docs -> app(docs, "incident-safety-service").remove("startupProbe")),
                broken("QUARKUS_HTTP_PORT overridden to another port", "QUARKUS_HTTP_PORT=9090",
                        docs -> configMap(docs, "scheduling-service-config").put("QUARKUS_HTTP_PORT", "9090")),
                broken("container without resources", "no resources.limits.memory",
                        docs -> app(docs, "compliance-service").remove("resources")),
                broken("writable root filesystem", "readOnlyRootFilesystem must be true",
                        docs -> security(docs, "scheduling-service").put("readOnlyRootFilesystem", false)),
                broken("capabilities not dropped", "capabilities.drop must include ALL",
                        docs -> security(docs, "scheduling-service").remove("capabilities")),
                broken("container without securityContext", "allowPrivilegeEscalation must be false",
                        docs -> app(docs, "incident-safety-service").remove("securityContext")),
                broken("pod may run as root", "runAsNonRoot must be true",
                        docs -> {
                            pod(docs, "incident-safety-service").remove("securityContext");
                            security(docs, "incident-safety-service").remove("runAsNonRoot");
                        }),
                broken("image tag latest", "never latest",
                        docs -> app(docs, "compliance-service").put("image", "registry.example.com/careops/compliance-service:latest")),
                broken("image without tag", "never latest or none",
                        docs -> app(docs, "compliance-service").put("image", "registry.example.com:5000/careops/compliance-service")),
                broken("Secret with a literal value", "carries literal values",
                        docs -> docs.add(new HashMap<>(Map.of("apiVersion", "v1", "kind", "Secret",
                                "metadata", Map.of("name", "oops"), "stringData", Map.of("password", "hunter2"))))),
                broken("literal database password", "QUARKUS_DATASOURCE_PASSWORD has a literal value",
                        docs -> env(docs, "scheduling-service").add(new HashMap<>(Map.of("name", "QUARKUS_DATASOURCE_PASSWORD", "value", "hunter2")))),
                broken("credential in a ConfigMap", "looks like a credential",
                        docs -> configMap(docs, "careops-shared").put("QUARKUS_DATASOURCE_PASSWORD", "hunter2")),
                broken("misspelt configuration name", "CAREOPS_SCHEDULNG_URL is not a configuration name",
                        docs -> configMap(docs, "compliance-service-config").put("CAREOPS_SCHEDULNG_URL", "http://scheduling-service:8081")),
                broken("unknown Quarkus name", "QUARKUS_HTTP_PROT is not a Quarkus configuration name",
                        docs -> configMap(docs, "careops-shared").put("QUARKUS_HTTP_PROT", "8081")),
                broken("build-time property set at run time", "QUARKUS_DATASOURCE_METRICS_ENABLED is fixed at build time",
                        docs -> configMap(docs, "careops-shared").put("QUARKUS_DATASOURCE_METRICS_ENABLED", "false")),
                broken("service-to-service call not allowed by the caller's egress", "compliance-service may not call scheduling-service",
                        docs -> maps(find(docs, "NetworkPolicy", "compliance-service"), "spec", "egress")
                                .removeIf(rule -> rule.toString().contains("scheduling-service"))),
                broken("service-to-service call not allowed by the callee's ingress", "scheduling-service may not call compliance-service",
                        docs -> maps(find(docs, "NetworkPolicy", "compliance-service"), "spec", "ingress")
                                .removeIf(rule -> rule.toString().contains("scheduling-service"))),
                broken("call to a port the target Service does not map", "calls scheduling-service on port 8080",
                        docs -> configMap(docs, "compliance-service-config").put("CAREOPS_SCHEDULING_URL", "http://scheduling-service:8080")),
                broken("no way to the own database", "may not reach its database incident-safety-db",
                        docs -> maps(find(docs, "NetworkPolicy", "incident-safety-service"), "spec", "egress").clear()),
                broken("policy selecting pods that do not exist", "selects pods {cnpg.io/cluster=scheduling-database}",
                        docs -> map(find(docs, "NetworkPolicy", "scheduling-db"), "spec", "podSelector", "matchLabels")
                                .put("cnpg.io/cluster", "scheduling-database")),
                broken("another service's database", "is not the service's own (careops_incident_safety)",
                        docs -> configMap(docs, "incident-safety-service-config").put("QUARKUS_DATASOURCE_JDBC_URL",
                                "jdbc:postgresql://scheduling-db-rw:5432/careops_scheduling")),
                broken("password not from CloudNativePG's Secret", "must come from CloudNativePG's Secret compliance-db-app",
                        docs -> env(docs, "compliance-service").stream().filter(v -> "QUARKUS_DATASOURCE_PASSWORD".equals(v.get("name")))
                                .forEach(v -> v.put("valueFrom", Map.of("secretKeyRef", Map.of("name", "handmade", "key", "password"))))),
                broken("application pods migrating", "must not migrate",
                        docs -> configMap(docs, "careops-shared").put("QUARKUS_FLYWAY_MIGRATE_AT_START", "true")),
                broken("migrate step validating first", "must not set QUARKUS_FLYWAY_VALIDATE_AT_START=true",
                        docs -> maps(pod(docs, "scheduling-service"), "initContainers").get(0).put("env",
                                List.of(Map.of("name", "QUARKUS_INIT_AND_EXIT", "value", "true"),
                                        Map.of("name", "QUARKUS_FLYWAY_MIGRATE_AT_START", "value", "true")))),
                broken("no migrate step", "no migrate init container",
                        docs -> pod(docs, "scheduling-service").remove("initContainers")),
                broken("grace period shorter than the shutdown", "leaves no margin",
                        docs -> pod(docs, "compliance-service").put("terminationGracePeriodSeconds", 20)),
                broken("no PodDisruptionBudget", "none covers scheduling-service",
                        docs -> docs.removeIf(d -> "PodDisruptionBudget".equals(kind(d)) && "scheduling-service".equals(name(d)))),
                broken("no autoscaler", "none scales compliance-service",
                        docs -> docs.removeIf(d -> "HorizontalPodAutoscaler".equals(kind(d)) && "compliance-service".equals(name(d)))),
                broken("database without scheduled backups", "Cluster compliance-db: no ScheduledBackup",
                        docs -> docs.removeIf(d -> "ScheduledBackup".equals(kind(d)) && name(d).startsWith("compliance-db"))),
                broken("Service targeting the wrong port", "Service incident-safety-service: port 8082 targets 8080",
                        docs -> maps(find(docs, "Service", "incident-safety-service"), "spec", "ports").get(0).put("targetPort", 8080)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void aBrokenManifestIsCaught(String breakage, String expected, Consumer<List<Map<String, Object>>> breakIt) {
        List<Map<String, Object>> docs = new ArrayList<>(Manifests.baseDocuments()); // a fresh parse: a private copy
        breakIt.accept(docs);
        List<String> violations = Manifests.rules(docs).check();
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                breakage + ": expected a violation containing '" + expected + "', got " + violations);
    }

    static Stream<Arguments> brokenCompose() {
        return Stream.of(
                Arguments.of("published on another port", "\"8083:8083\"", "\"8083:8080\"", "not the service's port 8083"),
                Arguments.of("healthcheck on another path", "localhost:8082/q/health/ready", "localhost:8082/health",
                        "does not ask http://localhost:8082/q/health/ready"),
                Arguments.of("misspelt variable", "MP_JWT_VERIFY_ISSUER:", "MP_JWT_VERIFY_ISSUR:", "MP_JWT_VERIFY_ISSUR is not a configuration name"),
                Arguments.of("literal password", "QUARKUS_DATASOURCE_PASSWORD: ${COMPLIANCE_DB_PASSWORD:?set COMPLIANCE_DB_PASSWORD}",
                        "QUARKUS_DATASOURCE_PASSWORD: hunter2", "QUARKUS_DATASOURCE_PASSWORD is written in the file"),
                Arguments.of("wrong database", "postgres:5432/careops_compliance", "postgres:5432/careops_scheduling",
                        "not the service's own careops_compliance"),
                Arguments.of("running as root", "user: \"185\"", "user: \"0\"", "numeric non-root id"));
    }

    @ParameterizedTest(name = "compose: {0}")
    @MethodSource("brokenCompose")
    void aBrokenComposeFileIsCaught(String breakage, String original, String replacement, String expected) {
        String compose = Repo.read(Repo.path(ComposeAndDockerfilesTest.COMPOSE));
        assertTrue(compose.contains(original), "the compose file no longer contains " + original);
        List<String> violations = ComposeAndDockerfilesTest.composeViolations(compose.replace(original, replacement));
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), breakage + ": got " + violations);
    }

    static Stream<Arguments> brokenDockerfile() {
        return Stream.of(
                Arguments.of("another port", "EXPOSE 8081", "EXPOSE 8080", "no EXPOSE 8081"),
                Arguments.of("root", "USER 185", "USER root", "numeric non-root id"),
                Arguments.of("latest base", "eclipse-temurin:25.0.3_9-jdk-noble", "eclipse-temurin:latest", "must pin a release tag"),
                Arguments.of("JDK 21 base", "eclipse-temurin:25.0.3_9-jdk-noble", "eclipse-temurin:21.0.8_9-jdk-noble", "pinned JDK 25 release"),
                Arguments.of("a JRE base", "eclipse-temurin:25.0.3_9-jdk-noble", "eclipse-temurin:25.0.3_9-jre-noble", "pinned JDK 25 release"),
                Arguments.of("drifted heap bound", "-Xmx96m", "-Xmx512m", "must be the shared settings of deploy/jvm/jvm-options"),
                Arguments.of("no AOT cache", "-XX:AOTCache=/deployments/app.aot\"", "\"", "must be the shared settings"),
                Arguments.of("AOT cache not copied", "COPY target/quarkus-app/app.aot", "COPY target/quarkus-app/app.aot.missing", "does not copy the AOT cache"));
    }

    @ParameterizedTest(name = "Dockerfile: {0}")
    @MethodSource("brokenDockerfile")
    void aBrokenDockerfileIsCaught(String breakage, String original, String replacement, String expected) {
        ServiceFacts scheduling = ServiceFacts.all().get("scheduling-service");
        String dockerfile = Repo.read(Repo.path("scheduling-service/" + ComposeAndDockerfilesTest.DOCKERFILE));
        assertTrue(dockerfile.contains(original), "the Dockerfile no longer contains " + original);
        List<String> violations = ComposeAndDockerfilesTest.dockerfileViolations(scheduling, dockerfile.replace(original, replacement));
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), breakage + ": got " + violations);
    }

    // --- Navigating the copy ----------------------------------------------------------------------

    private static Arguments broken(String breakage, String expected, Consumer<List<Map<String, Object>>> breakIt) {
        return Arguments.of(breakage, expected, breakIt);
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(kind(d)) && name.equals(name(d))).findFirst()
                .orElseThrow(() -> new AssertionError("the base has no " + kind + " " + name));
    }

    static Map<String, Object> pod(List<Map<String, Object>> docs, String deployment) {
        return KubernetesRules.podSpec(find(docs, "Deployment", deployment));
    }

    static Map<String, Object> app(List<Map<String, Object>> docs, String deployment) {
        return maps(pod(docs, deployment), "containers").get(0);
    }

    static Map<String, Object> httpGet(List<Map<String, Object>> docs, String deployment, String probe) {
        return map(app(docs, deployment), probe, "httpGet");
    }

    static Map<String, Object> security(List<Map<String, Object>> docs, String deployment) {
        return map(app(docs, deployment), "securityContext");
    }

    static List<Map<String, Object>> env(List<Map<String, Object>> docs, String deployment) {
        return maps(app(docs, deployment), "env");
    }

    static Map<String, Object> configMap(List<Map<String, Object>> docs, String name) {
        return map(find(docs, "ConfigMap", name), "data");
    }
}
