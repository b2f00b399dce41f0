package io.careops.deploy;

import static io.careops.deploy.Nodes.at;
import static io.careops.deploy.Nodes.kind;
import static io.careops.deploy.Nodes.list;
import static io.careops.deploy.Nodes.map;
import static io.careops.deploy.Nodes.name;
import static io.careops.deploy.Nodes.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compose file and the Dockerfiles agree with the services' real ports, health paths and configuration names. */
class ComposeAndDockerfilesTest {

    static final String COMPOSE = "deploy/compose/compose.yaml";
    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    private static final Pattern SENSITIVE = Pattern.compile("PASSWORD|SECRET|TOKEN|PRIVATE|CREDENTIAL");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+([a-z0-9_]+)");

    @Test
    void composeFollowsTheServicesRealConfiguration() {
        KubernetesManifestsTest.assertNoViolations(COMPOSE, composeViolations(Repo.read(Repo.path(COMPOSE))));
    }

    @Test
    void dockerfilesFollowTheServicesRealConfiguration() {
        List<String> violations = new ArrayList<>();
        for (ServiceFacts service : ServiceFacts.all().values()) {
            Path dockerfile = Repo.path(service.module() + "/" + DOCKERFILE);
            if (!Files.isRegularFile(dockerfile)) {
                violations.add(service.module() + ": no " + DOCKERFILE);
                continue;
            }
            violations.addAll(dockerfileViolations(service, Repo.read(dockerfile)));
        }
        KubernetesManifestsTest.assertNoViolations("Dockerfiles", violations);
    }

    @Test
    void kubernetesRunsTheImagesTheseDockerfilesBuild() {
        for (Map<String, Object> doc : Manifests.baseDocuments()) {
            if ("Deployment".equals(kind(doc))) {
                for (Map<String, Object> container : KubernetesRules.containers(KubernetesRules.podSpec(doc))) {
                    String image = str(container, "image");
                    String repository = image.substring(0, image.lastIndexOf(':'));
                    assertTrue(repository.endsWith("/" + name(doc)), name(doc) + " runs " + image
                            + ": not the image built from " + name(doc) + "/" + DOCKERFILE);
                }
            }
        }
    }

    static List<String> composeViolations(String composeText) {
        List<String> violations = new ArrayList<>();
        Map<String, Object> compose = Repo.yamlDocuments(composeText).get(0);
        Map<String, Object> services = map(compose, "services");
        String initSql = initdbSql();
        for (ServiceFacts service : ServiceFacts.all().values()) {
            String where = COMPOSE + " " + service.module();
            Map<String, Object> definition = map(services, service.module());
            if (definition.isEmpty()) {
                violations.add(where + ": missing");
                continue;
            }
            Path context = Repo.path("deploy/compose").resolve(Objects.toString(str(definition, "build", "context"), "?")).normalize();
            if (!context.equals(Repo.path(service.module()))) {
                violations.add(where + ": builds from " + Repo.relative(context) + ", not the module " + service.module());
            }
            if (!DOCKERFILE.equals(str(definition, "build", "dockerfile"))) {
                violations.add(where + ": builds with " + str(definition, "build", "dockerfile") + ", not " + DOCKERFILE);
            }
            String imageTag = KubernetesRules.imageTag(Objects.toString(str(definition, "image"), ""));
            if (imageTag == null || imageTag.contains("latest")) {
                violations.add(where + ": image " + str(definition, "image") + " must carry a release tag");
            }
            boolean published = list(definition, "ports").stream().map(Object::toString)
                    .anyMatch(port -> port.endsWith(":" + service.port()) || port.equals(String.valueOf(service.port())));
            if (!published) {
                violations.add(where + ": publishes " + list(definition, "ports") + ", not the service's port " + service.port());
            }
            String health = String.join(" ", list(definition, "healthcheck", "test").stream().map(Object::toString).toList());
            if (!health.contains("http://localhost:" + service.port() + service.readinessPath())) {
                violations.add(where + ": healthcheck '" + health + "' does not ask http://localhost:" + service.port() + service.readinessPath());
            }
            Map<String, Object> environment = map(definition, "environment");
            for (Map.Entry<String, Object> variable : environment.entrySet()) {
                String problem = KubernetesRules.configurationProblem(service, variable.getKey(), Manifests.PENDING_CONFIG_NAMES);
                if (problem != null) {
                    violations.add(where + ": " + problem);
                }
                // A path to a compose secret (/run/secrets/...) names where the value is, not the value.
                if (SENSITIVE.matcher(variable.getKey()).find() && !String.valueOf(variable.getValue()).startsWith("${")
                        && !String.valueOf(variable.getValue()).startsWith("/run/secrets/")) {
                    violations.add(where + ": " + variable.getKey() + " is written in the file; take it from the environment (${...})");
                }
            }
            Matcher jdbc = Pattern.compile("^jdbc:postgresql://([a-z0-9-]+):?\\d*/([a-z0-9_]+)")
                    .matcher(String.valueOf(environment.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "")));
            if (!jdbc.find()) {
                violations.add(where + ": no QUARKUS_DATASOURCE_JDBC_URL");
            } else {
                if (!jdbc.group(2).equals(service.database())) {
                    violations.add(where + ": connects to database " + jdbc.group(2) + ", not the service's own " + service.database());
                }
                if (!services.containsKey(jdbc.group(1))) {
                    violations.add(where + ": connects to host " + jdbc.group(1) + ", which is not a compose service");
                }
                if (!createdDatabases(initSql).contains(jdbc.group(2))) {
                    violations.add(where + ": deploy/compose/initdb creates no database " + jdbc.group(2));
                }
                if (!"service_healthy".equals(str(definition, "depends_on", jdbc.group(1), "condition"))) {
                    violations.add(where + ": must wait for " + jdbc.group(1) + " to be healthy (depends_on condition service_healthy)");
                }
            }
            violations.addAll(hardening(where, definition));
        }
        Object postgresImage = at(services, "postgres", "image");
        if (postgresImage == null || !String.valueOf(postgresImage).startsWith("postgres:15.")) {
            violations.add(COMPOSE + " postgres: image " + postgresImage + " is not a pinned PostgreSQL 15 (the production major)");
        }
        if (at(services, "postgres", "healthcheck", "test") == null) {
            violations.add(COMPOSE + " postgres: no healthcheck, so the services cannot wait for it");
        }
        return violations;
    }

    private static List<String> hardening(String where, Map<String, Object> definition) {
        List<String> violations = new ArrayList<>();
        if (!Boolean.TRUE.equals(definition.get("read_only"))) {
            violations.add(where + ": read_only must be true");
        }
        String user = Objects.toString(definition.get("user"), "");
        if (!user.matches("[1-9]\\d*(:\\d+)?")) {
            violations.add(where + ": user must be a numeric non-root id, not '" + user + "'");
        }
        if (!list(definition, "cap_drop").contains("ALL")) {
            violations.add(where + ": cap_drop must include ALL");
        }
        if (!list(definition, "security_opt").contains("no-new-privileges:true")) {
            violations.add(where + ": security_opt must include no-new-privileges:true");
        }
        if (definition.get("mem_limit") == null && at(definition, "deploy", "resources", "limits", "memory") == null) {
            violations.add(where + ": no memory limit");
        }
        return violations;
    }

    static List<String> dockerfileViolations(ServiceFacts service, String dockerfile) {
        List<String> violations = new ArrayList<>();
        String where = service.module() + "/" + DOCKERFILE;
        List<String> instructions = instructions(dockerfile);
        List<String> from = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
        for (String base : from) {
            String tag = KubernetesRules.imageTag(base.substring(5).trim().split("\\s+")[0]);
            if (tag == null || tag.equals("latest")) {
                violations.add(where + ": " + base + " must pin a release tag");
            }
        }
        if (!instructions.contains("EXPOSE " + service.port())) {
            violations.add(where + ": no EXPOSE " + service.port() + " (the service's quarkus.http.port)");
        }
        String user = instructions.stream().filter(i -> i.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        if (!user.substring(5).trim().matches("[1-9]\\d*(:\\d+)?")) {
            violations.add(where + ": the last USER must be a numeric non-root id, not '" + user + "'");
        }
        if (instructions.stream().noneMatch(i -> i.startsWith("ENTRYPOINT ") && i.contains("/deployments/quarkus-run.jar"))) {
            violations.add(where + ": the ENTRYPOINT must run the fast-jar /deployments/quarkus-run.jar");
        }
        for (String layer : List.of("lib/", "app/", "quarkus/")) {
            if (instructions.stream().noneMatch(i -> i.startsWith("COPY target/quarkus-app/" + layer))) {
                violations.add(where + ": does not copy target/quarkus-app/" + layer);
            }
        }
        String env = instructions.stream().filter(i -> i.startsWith("ENV ") && i.contains("JAVA_TOOL_OPTIONS=")).findFirst().orElse("");
        Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(env);
        String expected = sharedJvmOptions() + " " + AOT_CACHE_FLAG;
        if (!options.find() || !options.group(1).equals(expected)) {
            violations.add(where + ": JAVA_TOOL_OPTIONS must be the shared settings of " + JVM_OPTIONS + " plus "
                    + AOT_CACHE_FLAG + ", i.e. \"" + expected + "\"");
        }
        for (String flag : List.of("-Xmx", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp")) {
            if (!expected.contains(flag)) {
                violations.add(JVM_OPTIONS + ": lacks " + flag);
            }
        }
        if (from.isEmpty() || !from.get(from.size() - 1).matches("FROM \\S+:25\\.\\S*-jdk\\S*")) {
            violations.add(where + ": the runtime image must be a pinned JDK 25 release (the AOT cache is only valid on"
                    + " the JDK build that wrote it, and a JRE's module image differs from the JDK's), not " + from);
        }
        if (instructions.stream().noneMatch(i -> i.startsWith("COPY target/quarkus-app/app.aot "))) {
            violations.add(where + ": does not copy the AOT cache target/quarkus-app/app.aot");
        }
        return violations;
    }

    static final String JVM_OPTIONS = "deploy/jvm/jvm-options";
    static final String AOT_CACHE_FLAG = "-XX:AOTCache=/deployments/app.aot";

    /** The JVM settings every environment shares, on one line. */
    static String sharedJvmOptions() {
        return Repo.read(Repo.path(JVM_OPTIONS)).trim().replaceAll("\\s+", " ");
    }

    @Test
    void theLauncherAndTheManifestsRunWithTheImagesJvmSettings() {
        List<String> violations = new ArrayList<>();
        String launcher = Repo.read(Repo.path("deploy/local/run.sh"));
        if (!launcher.contains("JAVA_TOOL_OPTIONS=\"$(careops_jvm_options ")) {
            violations.add("deploy/local/run.sh: services must start with JAVA_TOOL_OPTIONS from careops_jvm_options ("
                    + JVM_OPTIONS + ")");
        }
        String jdk = Repo.read(Repo.path("deploy/local/jdk.sh"));
        if (!jdk.contains("jvm/jvm-options")) {
            violations.add("deploy/local/jdk.sh: careops_jvm_options must read " + JVM_OPTIONS);
        }
        String pom = Repo.read(Repo.path("pom.xml"));
        if (!pom.contains("<careops.jvm.options>" + sharedJvmOptions() + "</careops.jvm.options>")) {
            violations.add("pom.xml: careops.jvm.options (the AOT training run's JVM settings) must equal " + JVM_OPTIONS);
        }
        // Kubernetes and compose run the images' own JAVA_TOOL_OPTIONS: an override would drift.
        for (Map<String, Object> doc : Manifests.baseDocuments()) {
            if ("Deployment".equals(kind(doc))) {
                for (Map<String, Object> container : KubernetesRules.containers(KubernetesRules.podSpec(doc))) {
                    for (Object variable : list(container, "env")) {
                        if (variable instanceof Map<?, ?> entry && "JAVA_TOOL_OPTIONS".equals(entry.get("name"))) {
                            violations.add(name(doc) + ": overrides the image's JAVA_TOOL_OPTIONS");
                        }
                    }
                }
            }
        }
        Map<String, Object> services = map(Repo.yamlDocuments(Repo.read(Repo.path(COMPOSE))).get(0), "services");
        for (ServiceFacts service : ServiceFacts.all().values()) {
            if (map(map(services, service.module()), "environment").containsKey("JAVA_TOOL_OPTIONS")) {
                violations.add(COMPOSE + " " + service.module() + ": overrides the image's JAVA_TOOL_OPTIONS");
            }
        }
        KubernetesManifestsTest.assertNoViolations("JVM settings", violations);
    }

    /** Dockerfile instructions, continuation lines joined, comments dropped. */
    static List<String> instructions(String dockerfile) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                instructions.add(current.append(trimmed).toString().trim());
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static String initdbSql() {
        StringBuilder sql = new StringBuilder();
        for (Path file : listFiles(Repo.path("deploy/compose/initdb"))) {
            sql.append(Repo.read(file)).append('\n');
        }
        return sql.toString();
    }

    private static List<String> createdDatabases(String sql) {
        List<String> names = new ArrayList<>();
        Matcher matcher = CREATE_DATABASE.matcher(sql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Path> listFiles(Path folder) {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theComposeDatabasesAreTheOnesKubernetesCreates() {
        List<String> kubernetes = Manifests.baseDocuments().stream().filter(d -> "Cluster".equals(kind(d)))
                .map(d -> str(d, "spec", "bootstrap", "initdb", "database")).sorted().toList();
        List<String> compose = createdDatabases(initdbSql()).stream().sorted().toList();
        assertEquals(kubernetes, compose);
        assertEquals(ServiceFacts.all().values().stream().map(ServiceFacts::database).sorted().toList(), compose);
    }
}
