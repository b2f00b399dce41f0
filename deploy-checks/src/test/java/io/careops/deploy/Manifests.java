package io.careops.deploy;

import static io.careops.deploy.Nodes.list;
import static io.careops.deploy.Nodes.maps;
import static io.careops.deploy.Nodes.str;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The manifests under deploy/k8s: kustomizations, the base as written, overlays as kustomize renders them. */
final class Manifests {

    static final String K8S = "deploy/k8s";
    static final String BASE = K8S + "/base";
    static final List<String> OVERLAYS = List.of(K8S + "/overlays/dev", K8S + "/overlays/prod");

    /**
     * Variables a service is about to read, with the service, while the code that reads them is
     * merged from another branch (the service-to-service REST clients). The checks accept them
     * and a test fails as soon as the service reads one, so this list cannot go stale.
     */
    static final Map<String, String> PENDING_CONFIG_NAMES = Map.of();

    private Manifests() {
    }

    static KubernetesRules rules(List<Map<String, Object>> docs) {
        return new KubernetesRules(docs, ServiceFacts.all(), PENDING_CONFIG_NAMES, platformShutdownTimeout());
    }

    /** quarkus.shutdown.timeout as production sees it from the platform defaults (null: none). */
    static Duration platformShutdownTimeout() {
        String value = ServiceFacts.productionView(Repo.path("platform/src/main/resources/META-INF/microprofile-config.properties"))
                .get("quarkus.shutdown.timeout");
        return KubernetesRules.duration(value);
    }

    static Map<String, Object> kustomization(String folder) {
        return Repo.yamlDocuments(Repo.read(Repo.path(folder + "/kustomization.yaml"))).get(0);
    }

    /** The files a kustomization names (resources, bases, patches), relative to the repository. */
    static List<Path> referencedFiles(String folder) {
        Map<String, Object> kustomization = kustomization(folder);
        List<Path> files = new ArrayList<>();
        for (String field : List.of("resources", "bases", "patchesStrategicMerge", "components")) {
            list(kustomization, field).forEach(entry -> files.add(Repo.path(folder).resolve(entry.toString()).normalize()));
        }
        maps(kustomization, "patchesJson6902").forEach(p -> files.add(Repo.path(folder).resolve(str(p, "path")).normalize()));
        maps(kustomization, "patches").stream().filter(p -> p.get("path") != null)
                .forEach(p -> files.add(Repo.path(folder).resolve(str(p, "path")).normalize()));
        return files;
    }

    /** The base's documents, exactly as written (what every overlay starts from). */
    static List<Map<String, Object>> baseDocuments() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Path file : referencedFiles(BASE)) {
            docs.addAll(Repo.yamlDocuments(Repo.read(file)));
        }
        return docs;
    }

    /**
     * A kubectl with kustomize built in: -Dcareops.kubectl, $CAREOPS_KUBECTL, the one .ci/install-kustomize
     * unpacks from Debian's kubernetes-client package, or kubectl on the PATH.
     */
    static Optional<Path> kubectl() {
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("careops.kubectl")).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("CAREOPS_KUBECTL")).ifPresent(candidates::add);
        candidates.add(Repo.path(".ci/tools/kubernetes-client/usr/bin/kubectl").toString());
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(dir, "kubectl").toString());
        }
        return candidates.stream().filter(c -> !c.isBlank()).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static String run(Path kubectl, String... args) {
        List<String> command = new ArrayList<>(List.of(kubectl.toString()));
        command.addAll(List.of(args));
        try {
            Path errors = Files.createTempFile("kubectl", ".err");
            Process process = new ProcessBuilder(command).directory(Repo.ROOT.toFile())
                    .redirectError(errors.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            String err = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
