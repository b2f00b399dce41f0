package io.careops.deploy;

import static io.careops.deploy.Nodes.at;
import static io.careops.deploy.Nodes.kind;
import static io.careops.deploy.Nodes.list;
import static io.careops.deploy.Nodes.map;
import static io.careops.deploy.Nodes.maps;
import static io.careops.deploy.Nodes.name;
import static io.careops.deploy.Nodes.str;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployment rules, applied to one set of Kubernetes documents (the base as written, or an
 * overlay as kustomize renders it). Each method returns the violations it found, worded for the
 * person who has to fix the manifest; an empty list means the set passes.
 */
final class KubernetesRules {

    static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");
    private static final Pattern SENSITIVE = Pattern.compile("PASSWORD|SECRET|TOKEN|PRIVATE|CREDENTIAL|ACCESS_KEY");
    private static final Pattern SERVICE_URL = Pattern.compile("^https?://([a-z0-9-]+)(?:\\.[a-z0-9.-]+)?:(\\d+)(/.*)?$");
    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([a-z0-9-]+)(?:\\.[a-z0-9.-]+)?(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?$");
    /** Variables the JVM or the OS read, not the application's configuration. */
    private static final Set<String> PROCESS_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "TZ", "LANGUAGE");

    private final List<Map<String, Object>> docs;
    private final Map<String, ServiceFacts> services;
    private final Map<String, String> pendingConfigNames;
    private final Duration platformShutdownTimeout;
    private final List<String> violations = new ArrayList<>();

    /**
     * @param pendingConfigNames variables a service is about to read (work merged separately), by
     *                           variable, with the service: accepted, and reported by the test
     */
    KubernetesRules(List<Map<String, Object>> docs, Map<String, ServiceFacts> services,
            Map<String, String> pendingConfigNames, Duration platformShutdownTimeout) {
        this.docs = docs;
        this.services = services;
        this.pendingConfigNames = pendingConfigNames;
        this.platformShutdownTimeout = platformShutdownTimeout;
    }

    List<String> check() {
        violations.clear();
        docs.forEach(this::checkDocument);
        services.values().forEach(this::checkService);
        checkNetworkPolicyPeersExist();
        checkDatabases();
        return List.copyOf(violations);
    }

    // --- Every document ---------------------------------------------------------------------

    private void checkDocument(Map<String, Object> doc) {
        String where = kind(doc) + " " + name(doc);
        if ("Secret".equals(kind(doc))) {
            if (!map(doc, "data").isEmpty() || !map(doc, "stringData").isEmpty()) {
                violations.add(where + ": a Secret in the manifests carries literal values; reference one created out of band");
            }
        }
        if ("ConfigMap".equals(kind(doc))) {
            map(doc, "data").keySet().stream().filter(key -> SENSITIVE.matcher(key.toUpperCase()).find())
                    .forEach(key -> violations.add(where + ": " + key + " looks like a credential; it belongs in a Secret"));
        }
        if (WORKLOADS.contains(kind(doc))) {
            Map<String, Object> pod = podSpec(doc);
            for (Map<String, Object> container : containers(pod)) {
                checkContainer(where + " container " + str(container, "name"), pod, container);
            }
        }
    }

    private void checkContainer(String where, Map<String, Object> pod, Map<String, Object> container) {
        String image = Objects.toString(str(container, "image"), "");
        String tag = imageTag(image);
        if (!image.contains("@sha256:") && (tag == null || tag.equals("latest"))) {
            violations.add(where + ": image '" + image + "' must name a release tag (or digest), never latest or none");
        }
        for (String[] resource : new String[][] {{"requests", "cpu"}, {"requests", "memory"}, {"limits", "memory"}, {"limits", "cpu"}}) {
            if (at(container, "resources", resource[0], resource[1]) == null) {
                violations.add(where + ": no resources." + resource[0] + "." + resource[1]);
            }
        }
        Map<String, Object> security = map(container, "securityContext");
        if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
            violations.add(where + ": securityContext.readOnlyRootFilesystem must be true");
        }
        if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
            violations.add(where + ": securityContext.allowPrivilegeEscalation must be false");
        }
        if (!list(security, "capabilities", "drop").contains("ALL")) {
            violations.add(where + ": securityContext.capabilities.drop must include ALL");
        }
        if (!list(security, "capabilities", "add").isEmpty()) {
            violations.add(where + ": adds capabilities " + list(security, "capabilities", "add"));
        }
        boolean nonRoot = Boolean.TRUE.equals(security.get("runAsNonRoot"))
                || Boolean.TRUE.equals(at(pod, "securityContext", "runAsNonRoot"));
        if (!nonRoot) {
            violations.add(where + ": runAsNonRoot must be true (container or pod securityContext)");
        }
        Object user = security.getOrDefault("runAsUser", at(pod, "securityContext", "runAsUser"));
        if (user != null && Integer.parseInt(user.toString()) == 0) {
            violations.add(where + ": runs as user 0");
        }
        for (Map<String, Object> variable : maps(container, "env")) {
            if (variable.get("value") != null && SENSITIVE.matcher(str(variable, "name")).find()) {
                violations.add(where + ": " + str(variable, "name") + " has a literal value; take it from a Secret (secretKeyRef)");
            }
        }
    }

    // --- Each service -------------------------------------------------------------------------

    private void checkService(ServiceFacts service) {
        String where = "Deployment " + service.module();
        Optional<Map<String, Object>> deployment = find("Deployment", service.module());
        if (deployment.isEmpty()) {
            violations.add(where + ": missing (every service needs one)");
            return;
        }
        Map<String, Object> pod = podSpec(deployment.get());
        Map<String, Object> app = maps(pod, "containers").stream().findFirst().orElse(Map.of());
        Map<String, Env> env = environment(where, app);
        Map<String, String> labels = stringMap(map(deployment.get(), "spec", "template", "metadata", "labels"));

        Env port = env.get("QUARKUS_HTTP_PORT");
        if (port != null && !String.valueOf(service.port()).equals(port.value())) {
            violations.add(where + ": QUARKUS_HTTP_PORT=" + port.value() + " but the service serves " + service.port());
        }
        checkPortsAndProbes(where, service, app);
        checkMetricsAnnotations(where, service, map(deployment.get(), "spec", "template", "metadata", "annotations"));
        checkConfigurationNames(where, service, env);
        checkShutdown(where, pod, app, env);
        checkMigrations(where, service, pod, app, env);
        String cluster = checkDatasource(where, service, env);
        checkExposure(service, labels);
        if (cluster != null) {
            Map<String, String> database = Map.of("cnpg.io/cluster", cluster);
            if (!allowed(labels, database, 5432)) {
                violations.add("NetworkPolicy: " + service.module() + " may not reach its database " + cluster + " on 5432");
            }
        }
        checkCalls(where, service, labels, env);
    }

    private void checkPortsAndProbes(String where, ServiceFacts service, Map<String, Object> app) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Map<String, Object> port : maps(app, "ports")) {
            named.put(str(port, "name"), Integer.parseInt(str(port, "containerPort")));
        }
        if (!named.containsValue(service.port())) {
            violations.add(where + ": no containerPort " + service.port() + " (the service's quarkus.http.port); declared " + named.values());
        }
        Map<String, String> expected = Map.of("startupProbe", service.startupPath(), "readinessProbe", service.readinessPath(),
                "livenessProbe", service.livenessPath());
        for (Map.Entry<String, String> probe : new java.util.TreeMap<>(expected).entrySet()) {
            Map<String, Object> httpGet = map(app, probe.getKey(), "httpGet");
            if (httpGet.isEmpty()) {
                violations.add(where + ": no " + probe.getKey() + " with httpGet on " + probe.getValue());
                continue;
            }
            if (!probe.getValue().equals(str(httpGet, "path"))) {
                violations.add(where + ": " + probe.getKey() + " asks " + str(httpGet, "path") + " but the service serves " + probe.getValue());
            }
            Integer port = resolvePort(httpGet.get("port"), named);
            if (port == null || port != service.port()) {
                violations.add(where + ": " + probe.getKey() + " port " + httpGet.get("port") + " is not the service's port " + service.port());
            }
        }
    }

    private void checkMetricsAnnotations(String where, ServiceFacts service, Map<String, Object> annotations) {
        if (annotations.containsKey("prometheus.io/path") && !service.metricsPath().equals(annotations.get("prometheus.io/path"))) {
            violations.add(where + ": prometheus.io/path " + annotations.get("prometheus.io/path") + " but metrics are at " + service.metricsPath());
        }
        if (annotations.containsKey("prometheus.io/port") && !String.valueOf(service.port()).equals(String.valueOf(annotations.get("prometheus.io/port")))) {
            violations.add(where + ": prometheus.io/port " + annotations.get("prometheus.io/port") + " but the service serves " + service.port());
        }
    }

    private void checkConfigurationNames(String where, ServiceFacts service, Map<String, Env> env) {
        for (String variable : env.keySet()) {
            String problem = configurationProblem(service, variable, pendingConfigNames);
            if (problem != null) {
                violations.add(where + ": " + problem);
            }
        }
    }

    /** Why a variable is not configuration the service reads, or null when it is. Shared with the compose checks. */
    static String configurationProblem(ServiceFacts service, String variable, Map<String, String> pendingConfigNames) {
        if (PROCESS_VARIABLES.contains(variable)) {
            return null;
        }
        if (variable.startsWith("QUARKUS_")) {
            if (!QuarkusConfigModel.exists(variable) && !service.reads(variable)) {
                return variable + " is not a Quarkus configuration name of any extension the service has";
            }
            if (QuarkusConfigModel.exists(variable) && !QuarkusConfigModel.takesEffectAtRunTime(variable)) {
                return variable + " is fixed at build time (" + QuarkusConfigModel.PHASES.get(variable) + "): setting it at run time does nothing";
            }
            return null;
        }
        if (service.reads(variable) || service.module().equals(pendingConfigNames.get(variable))) {
            return null;
        }
        return variable + " is not a configuration name " + service.module() + " reads";
    }

    private void checkShutdown(String where, Map<String, Object> pod, Map<String, Object> app, Map<String, Env> env) {
        long grace = at(pod, "terminationGracePeriodSeconds") == null ? 30 : Long.parseLong(str(pod, "terminationGracePeriodSeconds"));
        long pause = 0;
        List<Object> command = list(app, "lifecycle", "preStop", "exec", "command");
        if (command.size() == 2 && "sleep".equals(command.get(0))) {
            pause = Long.parseLong(command.get(1).toString());
        } else if (at(app, "lifecycle", "preStop", "sleep", "seconds") != null) {
            pause = Long.parseLong(str(app, "lifecycle", "preStop", "sleep", "seconds"));
        }
        Duration timeout = env.containsKey("QUARKUS_SHUTDOWN_TIMEOUT")
                ? duration(env.get("QUARKUS_SHUTDOWN_TIMEOUT").value()) : platformShutdownTimeout;
        if (timeout == null) {
            violations.add(where + ": no shutdown timeout (QUARKUS_SHUTDOWN_TIMEOUT): SIGTERM would drop requests in flight");
        } else if (grace <= pause + timeout.toSeconds()) {
            violations.add(where + ": terminationGracePeriodSeconds " + grace + " leaves no margin after the preStop pause ("
                    + pause + " s) and the shutdown timeout (" + timeout.toSeconds() + " s): the kubelet would kill requests in flight");
        }
    }

    private void checkMigrations(String where, ServiceFacts service, Map<String, Object> pod, Map<String, Object> app, Map<String, Env> env) {
        if (!"false".equals(valueOf(env, "QUARKUS_FLYWAY_MIGRATE_AT_START"))) {
            violations.add(where + ": the application container must not migrate (QUARKUS_FLYWAY_MIGRATE_AT_START=false); the migrate step does");
        }
        Optional<Map<String, Object>> migrate = maps(pod, "initContainers").stream()
                .filter(init -> "true".equals(valueOf(environment(where, init), "QUARKUS_INIT_AND_EXIT")))
                .findFirst();
        if (migrate.isEmpty()) {
            violations.add(where + ": no migrate init container (QUARKUS_INIT_AND_EXIT=true): nothing applies the release's migrations");
            return;
        }
        Map<String, Env> initEnv = environment(where + " init container", migrate.get());
        if (!"true".equals(valueOf(initEnv, "QUARKUS_FLYWAY_MIGRATE_AT_START"))) {
            violations.add(where + ": the migrate init container must set QUARKUS_FLYWAY_MIGRATE_AT_START=true");
        }
        if ("true".equals(valueOf(initEnv, "QUARKUS_FLYWAY_VALIDATE_AT_START"))) {
            // Quarkus validates before migrating: pending migrations would fail the step on every upgrade.
            violations.add(where + ": the migrate init container must not set QUARKUS_FLYWAY_VALIDATE_AT_START=true");
        }
        if (!Objects.equals(str(migrate.get(), "image"), str(app, "image"))) {
            violations.add(where + ": the migrate init container runs " + str(migrate.get(), "image") + ", not the release's image " + str(app, "image"));
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            if (!Objects.equals(initEnv.get(variable), env.get(variable))) {
                violations.add(where + ": the migrate init container's " + variable + " differs from the application's");
            }
        }
    }

    /** Returns the CloudNativePG cluster the service uses, or null. */
    private String checkDatasource(String where, ServiceFacts service, Map<String, Env> env) {
        String url = valueOf(env, "QUARKUS_DATASOURCE_JDBC_URL");
        Matcher jdbc = url == null ? null : JDBC_URL.matcher(url);
        if (jdbc == null || !jdbc.matches()) {
            violations.add(where + ": QUARKUS_DATASOURCE_JDBC_URL '" + url + "' is not a PostgreSQL URL of a cluster Service");
            return null;
        }
        String host = jdbc.group(1);
        String database = jdbc.group(3);
        if (!host.endsWith("-rw")) {
            violations.add(where + ": the datasource must use the read-write Service <cluster>-rw, not " + host);
            return null;
        }
        String cluster = host.substring(0, host.length() - "-rw".length());
        Optional<Map<String, Object>> definition = find("Cluster", cluster);
        if (definition.isEmpty()) {
            violations.add(where + ": the datasource points at " + host + " but no CloudNativePG Cluster " + cluster + " is defined");
            return null;
        }
        if (!Objects.equals(service.database(), database)) {
            violations.add(where + ": database " + database + " is not the service's own (" + service.database() + ")");
        }
        if (!database.equals(str(definition.get(), "spec", "bootstrap", "initdb", "database"))) {
            violations.add("Cluster " + cluster + ": creates database " + str(definition.get(), "spec", "bootstrap", "initdb", "database")
                    + " but " + service.module() + " connects to " + database);
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            Env credential = env.get(variable);
            if (credential == null || !(cluster + "-app").equals(credential.secret())) {
                violations.add(where + ": " + variable + " must come from CloudNativePG's Secret " + cluster + "-app");
            }
        }
        return cluster;
    }

    private void checkExposure(ServiceFacts service, Map<String, String> podLabels) {
        Optional<Map<String, Object>> svc = find("Service", service.module());
        if (svc.isEmpty()) {
            violations.add("Service " + service.module() + ": missing");
        } else {
            if (!selects(map(svc.get(), "spec", "selector"), podLabels)) {
                violations.add("Service " + service.module() + ": its selector does not select the Deployment's pods");
            }
            Map<String, Integer> named = namedPorts(service.module());
            for (Map<String, Object> port : maps(svc.get(), "spec", "ports")) {
                Integer target = resolvePort(port.getOrDefault("targetPort", port.get("port")), named);
                if (target == null || target != service.port()) {
                    violations.add("Service " + service.module() + ": port " + port.get("port") + " targets " + port.get("targetPort")
                            + ", not the service's port " + service.port());
                }
            }
        }
        Optional<Map<String, Object>> pdb = docs.stream().filter(d -> "PodDisruptionBudget".equals(kind(d)))
                .filter(d -> selects(map(d, "spec", "selector", "matchLabels"), podLabels)).findFirst();
        if (pdb.isEmpty()) {
            violations.add("PodDisruptionBudget: none covers " + service.module());
        }
        Optional<Map<String, Object>> hpa = docs.stream().filter(d -> "HorizontalPodAutoscaler".equals(kind(d)))
                .filter(d -> service.module().equals(str(d, "spec", "scaleTargetRef", "name"))).findFirst();
        if (hpa.isEmpty()) {
            violations.add("HorizontalPodAutoscaler: none scales " + service.module());
        } else {
            int min = Integer.parseInt(Objects.toString(str(hpa.get(), "spec", "minReplicas"), "1"));
            int max = Integer.parseInt(Objects.toString(str(hpa.get(), "spec", "maxReplicas"), "0"));
            if (min < 1 || max < min) {
                violations.add("HorizontalPodAutoscaler " + service.module() + ": replicas " + min + ".." + max);
            }
        }
    }

    /** Every URL of another service in the configuration must be reachable: Service port, egress and ingress. */
    private void checkCalls(String where, ServiceFacts service, Map<String, String> labels, Map<String, Env> env) {
        for (Map.Entry<String, Env> variable : env.entrySet()) {
            Matcher url = variable.getValue().value() == null ? null : SERVICE_URL.matcher(variable.getValue().value());
            if (url == null || !url.matches() || !services.containsKey(url.group(1))) {
                continue;
            }
            ServiceFacts target = services.get(url.group(1));
            int port = Integer.parseInt(url.group(2));
            Optional<Map<String, Object>> svc = find("Service", target.module());
            boolean servicePort = svc.isPresent() && maps(svc.get(), "spec", "ports").stream()
                    .anyMatch(p -> String.valueOf(port).equals(str(p, "port"))
                            && Objects.equals(resolvePort(p.getOrDefault("targetPort", p.get("port")), namedPorts(target.module())), target.port()));
            if (!servicePort) {
                violations.add(where + ": " + variable.getKey() + " calls " + target.module() + " on port " + port
                        + ", which its Service does not map to the service's port " + target.port());
            }
            Optional<Map<String, Object>> targetDeployment = find("Deployment", target.module());
            Map<String, String> targetLabels = targetDeployment
                    .map(d -> stringMap(map(d, "spec", "template", "metadata", "labels"))).orElse(Map.of());
            if (!allowed(labels, targetLabels, target.port())) {
                violations.add("NetworkPolicy: " + service.module() + " may not call " + target.module() + " on " + target.port()
                        + " (" + variable.getKey() + ")");
            }
        }
    }

    // --- Network policies ---------------------------------------------------------------------

    /** Whether a connection from pods with these labels to pods with those, on a port, passes both ends' policies. */
    boolean allowed(Map<String, String> from, Map<String, String> to, int port) {
        return passes(from, to, port, "Egress", "egress", "to") && passes(to, from, port, "Ingress", "ingress", "from");
    }

    private boolean passes(Map<String, String> self, Map<String, String> peer, int port, String type, String rules, String peers) {
        List<Map<String, Object>> policies = docs.stream().filter(d -> "NetworkPolicy".equals(kind(d)))
                .filter(d -> selectsPods(map(d, "spec", "podSelector", "matchLabels"), self))
                .filter(d -> list(d, "spec", "policyTypes").contains(type))
                .toList();
        if (policies.isEmpty()) {
            return true; // no policy isolates these pods in this direction
        }
        for (Map<String, Object> policy : policies) {
            for (Map<String, Object> rule : maps(policy, "spec", rules)) {
                boolean peerMatches = maps(rule, peers).isEmpty() || maps(rule, peers).stream()
                        .anyMatch(p -> p.get("namespaceSelector") == null && p.get("ipBlock") == null
                                && selectsPods(map(p, "podSelector", "matchLabels"), peer));
                boolean portMatches = maps(rule, "ports").isEmpty() || maps(rule, "ports").stream()
                        .anyMatch(p -> String.valueOf(port).equals(str(p, "port")));
                if (peerMatches && portMatches) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A policy peer that selects no pod in these manifests is a typo that silently denies. */
    private void checkNetworkPolicyPeersExist() {
        List<Map<String, String>> pods = new ArrayList<>();
        docs.stream().filter(d -> WORKLOADS.contains(kind(d)))
                .forEach(d -> pods.add(stringMap(map(d, "spec", "template", "metadata", "labels"))));
        docs.stream().filter(d -> "Cluster".equals(kind(d))).forEach(d -> pods.add(Map.of("cnpg.io/cluster", name(d))));
        for (Map<String, Object> policy : docs.stream().filter(d -> "NetworkPolicy".equals(kind(d))).toList()) {
            List<Map<String, Object>> selectors = new ArrayList<>();
            selectors.add(map(policy, "spec", "podSelector"));
            for (String[] direction : new String[][] {{"ingress", "from"}, {"egress", "to"}}) {
                for (Map<String, Object> rule : maps(policy, "spec", direction[0])) {
                    maps(rule, direction[1]).stream().filter(p -> p.get("namespaceSelector") == null && p.get("podSelector") != null)
                            .forEach(p -> selectors.add(map(p, "podSelector")));
                }
            }
            for (Map<String, Object> selector : selectors) {
                Map<String, Object> labels = map(selector, "matchLabels");
                if (!labels.isEmpty() && pods.stream().noneMatch(pod -> selects(labels, pod))) {
                    violations.add("NetworkPolicy " + name(policy) + ": selects pods " + labels + " that nothing here runs");
                }
            }
        }
    }

    // --- CloudNativePG ------------------------------------------------------------------------

    private void checkDatabases() {
        for (Map<String, Object> cluster : docs.stream().filter(d -> "Cluster".equals(kind(d))).toList()) {
            String where = "Cluster " + name(cluster);
            if (str(cluster, "spec", "backup", "barmanObjectStore", "destinationPath") == null) {
                violations.add(where + ": no backup to object storage (spec.backup.barmanObjectStore)");
            }
            boolean scheduled = docs.stream().filter(d -> "ScheduledBackup".equals(kind(d)))
                    .anyMatch(d -> name(cluster).equals(str(d, "spec", "cluster", "name")) && str(d, "spec", "schedule") != null);
            if (!scheduled) {
                violations.add(where + ": no ScheduledBackup");
            }
            String image = Objects.toString(str(cluster, "spec", "imageName"), "");
            if (imageTag(image) == null || "latest".equals(imageTag(image))) {
                violations.add(where + ": imageName '" + image + "' must name a PostgreSQL release");
            }
            if (at(cluster, "spec", "resources", "limits", "memory") == null || at(cluster, "spec", "resources", "requests", "cpu") == null) {
                violations.add(where + ": no resources (requests.cpu, limits.memory)");
            }
        }
        docs.stream().filter(d -> "ScheduledBackup".equals(kind(d)))
                .filter(d -> find("Cluster", str(d, "spec", "cluster", "name")).isEmpty())
                .forEach(d -> violations.add("ScheduledBackup " + name(d) + ": backs up a Cluster that does not exist"));
    }

    // --- Helpers -------------------------------------------------------------------------------

    /** A variable as the container sees it: a literal value, or a reference to a ConfigMap or Secret key. */
    record Env(String value, String secret) {
    }

    /** The container's environment: envFrom ConfigMaps in order, then env entries, which win. */
    Map<String, Env> environment(String where, Map<String, Object> container) {
        Map<String, Env> env = new LinkedHashMap<>();
        for (Map<String, Object> source : maps(container, "envFrom")) {
            String configMap = str(source, "configMapRef", "name");
            if (configMap != null) {
                Optional<Map<String, Object>> data = find("ConfigMap", configMap);
                if (data.isEmpty()) {
                    violations.add(where + ": envFrom ConfigMap " + configMap + " is not defined");
                } else {
                    map(data.get(), "data").forEach((key, value) -> env.put(key, new Env(String.valueOf(value), null)));
                }
            }
        }
        for (Map<String, Object> variable : maps(container, "env")) {
            Object value = variable.get("value");
            env.put(str(variable, "name"), new Env(value == null ? null : String.valueOf(value),
                    str(variable, "valueFrom", "secretKeyRef", "name")));
        }
        return env;
    }

    private static String valueOf(Map<String, Env> env, String name) {
        Env variable = env.get(name);
        return variable == null ? null : variable.value();
    }

    private Optional<Map<String, Object>> find(String kind, String name) {
        return docs.stream().filter(d -> kind.equals(kind(d)) && Objects.equals(name, name(d))).findFirst();
    }

    private Map<String, Integer> namedPorts(String deployment) {
        Map<String, Integer> named = new LinkedHashMap<>();
        find("Deployment", deployment).ifPresent(d -> maps(podSpec(d), "containers").forEach(c -> maps(c, "ports")
                .forEach(p -> named.put(str(p, "name"), Integer.parseInt(str(p, "containerPort"))))));
        return named;
    }

    private static Integer resolvePort(Object port, Map<String, Integer> named) {
        if (port == null) {
            return null;
        }
        String text = port.toString();
        return text.matches("\\d+") ? Integer.valueOf(text) : named.get(text);
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        if ("CronJob".equals(kind(workload))) {
            return map(workload, "spec", "jobTemplate", "spec", "template", "spec");
        }
        return map(workload, "spec", "template", "spec");
    }

    static List<Map<String, Object>> containers(Map<String, Object> pod) {
        List<Map<String, Object>> all = new ArrayList<>(maps(pod, "initContainers"));
        all.addAll(maps(pod, "containers"));
        return all;
    }

    /** The tag of an image reference, or null when it has none (a port in the registry host is not a tag). */
    static String imageTag(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(colon + 1) : null;
    }

    private static boolean selects(Map<String, ?> selector, Map<String, String> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(e -> Objects.equals(String.valueOf(e.getValue()), labels.get(e.getKey())));
    }

    /** A NetworkPolicy pod selector: empty selects every pod of the namespace. */
    private static boolean selectsPods(Map<String, ?> selector, Map<String, String> labels) {
        return selector.isEmpty() || selects(selector, labels);
    }

    private static Map<String, String> stringMap(Map<String, Object> map) {
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    static Duration duration(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim().toLowerCase();
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.matches("\\d+[smhd]")) {
            return Duration.parse((value.endsWith("d") ? "P" : "PT") + value.toUpperCase());
        }
        return Duration.parse(text.trim().toUpperCase());
    }
}
